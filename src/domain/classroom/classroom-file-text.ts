import { fail, type ParseResult } from '../exchange/result';
import { isJsonObject } from '../exchange/read-input';
import type {
  AssignmentFile,
  ClassroomFile,
  ClassroomFileKind,
  FeedbackFile,
  SubmissionFile,
} from './classroom-files';
import { CLASSROOM_FORMATS } from './classroom-envelope';
import { parseAssignmentFile } from './parse-assignment-file';
import { parseFeedbackFile } from './parse-feedback-file';
import { parseSubmissionFile } from './parse-submission-file';

/**
 * Readable JSON with "format" and "version" first: a dropped file is routed by its first
 * few kilobytes (`classroomKindOf`).
 */
export function serializeClassroomFile(
  file: AssignmentFile | SubmissionFile | FeedbackFile,
): string {
  const { format, version, ...rest } = file;
  return `${JSON.stringify({ format, version, ...rest }, null, 2)}\n`;
}

function slug(text: string, fallback: string): string {
  const slugged = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slugged === '' ? fallback : slugged;
}

export interface ClassroomFileNaming {
  /** The assignment's title. */
  title: string;
  /** Assignment files: the revision. */
  revision?: number;
  /** Submission files: the student's name. */
  studentName?: string;
}

/**
 * `framelens-assignment-<title>-r<revision>.json`, `framelens-submission-<title>-<student>.json`,
 * `framelens-feedback-<title>.json`.
 */
export function classroomFileName(kind: ClassroomFileKind, naming: ClassroomFileNaming): string {
  const title = slug(naming.title, 'assignment');
  if (kind === 'assignment') return `framelens-assignment-${title}-r${naming.revision ?? 1}.json`;
  if (kind === 'submission') {
    return `framelens-submission-${title}-${slug(naming.studentName ?? '', 'student')}.json`;
  }
  return `framelens-feedback-${title}.json`;
}

/** Any of the three files, by its "format" (already parsed JSON). Never throws. */
export function parseClassroomFile(value: unknown): ParseResult<ClassroomFile> {
  const format = isJsonObject(value) ? value.format : undefined;
  if (format === CLASSROOM_FORMATS.assignment) {
    const parsed = parseAssignmentFile(value);
    return parsed.ok ? { ...parsed, value: { kind: 'assignment', file: parsed.value } } : parsed;
  }
  if (format === CLASSROOM_FORMATS.submission) {
    const parsed = parseSubmissionFile(value);
    return parsed.ok ? { ...parsed, value: { kind: 'submission', file: parsed.value } } : parsed;
  }
  if (format === CLASSROOM_FORMATS.feedback) {
    const parsed = parseFeedbackFile(value);
    return parsed.ok ? { ...parsed, value: { kind: 'feedback', file: parsed.value } } : parsed;
  }
  return fail(
    'This is not a classroom file: "format" must be "framelens-assignment", "framelens-submission" or "framelens-feedback".',
    'format',
  );
}
