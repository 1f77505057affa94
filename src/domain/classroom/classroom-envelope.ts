import { isJsonObject } from '../exchange/read-input';
import { describeValue, fail, succeed, type ParseResult } from '../exchange/result';
import {
  ASSIGNMENT_FORMAT,
  CLASSROOM_FILE_VERSION,
  FEEDBACK_FORMAT,
  SUBMISSION_FORMAT,
  type ClassroomFileKind,
} from './classroom-files';

/** The checks every classroom file passes first: one JSON object, its format, its version. */

export const CLASSROOM_FORMATS: Readonly<Record<ClassroomFileKind, string>> = {
  assignment: ASSIGNMENT_FORMAT,
  submission: SUBMISSION_FORMAT,
  feedback: FEEDBACK_FORMAT,
};

/** "an assignment file", for messages. */
export function classroomFileNoun(kind: ClassroomFileKind): string {
  return kind === 'assignment' ? 'an assignment file' : `a ${kind} file`;
}

function checkRoot(value: unknown, kind: ClassroomFileKind): ParseResult<Record<string, unknown>> {
  if (isJsonObject(value)) return succeed(value);
  const held = Array.isArray(value) ? 'a JSON list ([ … ])' : describeValue(value);
  return fail(
    `The file holds ${held}; ${classroomFileNoun(kind)} is one JSON object ({ "format": "${CLASSROOM_FORMATS[kind]}", … }).`,
    '(root)',
  );
}

function checkFormatAndVersion(
  value: Record<string, unknown>,
  kind: ClassroomFileKind,
): ParseResult<true> {
  const expected = CLASSROOM_FORMATS[kind];
  const { format, version } = value;
  if (format !== expected) {
    const got = format === undefined ? 'is missing' : `is ${describeValue(format)}`;
    return fail(
      `This is not ${classroomFileNoun(kind)}: "format" ${got} (expected "${expected}").`,
      'format',
    );
  }
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > CLASSROOM_FILE_VERSION
  ) {
    return fail(
      `This file was made by a newer FrameLens (version ${version}); this FrameLens reads version ${CLASSROOM_FILE_VERSION}. Update FrameLens to open it.`,
      'version',
    );
  }
  if (version !== CLASSROOM_FILE_VERSION) {
    return fail(
      `version must be ${CLASSROOM_FILE_VERSION} (got ${describeValue(version)})`,
      'version',
    );
  }
  return succeed(true);
}

/** The file's object once its root, format and version are right. */
export function checkEnvelope(
  value: unknown,
  kind: ClassroomFileKind,
): ParseResult<Record<string, unknown>> {
  const root = checkRoot(value, kind);
  if (!root.ok) return root;
  const header = checkFormatAndVersion(root.value, kind);
  return header.ok ? root : header;
}
