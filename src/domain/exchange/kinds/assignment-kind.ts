import type { AssignmentFile } from '../../classroom/classroom-files';
import { CLASSROOM_FORMATS } from '../../classroom/classroom-envelope';
import { serializeClassroomFile } from '../../classroom/classroom-file-text';
import { parseAssignmentFile } from '../../classroom/parse-assignment-file';
import { isJsonObject, parseJsonText } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';

/** A classroom assignment file; opened on the Classroom page only (intake "classroom"). */
export const assignmentKind: FileKind<AssignmentFile, unknown, AssignmentFile> = {
  ...KIND_INFO['assignment'],
  detect(probe) {
    if (!isJsonObject(probe.json) || probe.json.format !== CLASSROOM_FORMATS.assignment)
      return null;
    return { reason: `"format" is "${CLASSROOM_FORMATS.assignment}"`, confidence: 1 };
  },
  parse(probe) {
    const json =
      probe.json !== undefined
        ? { ok: true as const, value: probe.json }
        : parseJsonText(probe.text);
    return json.ok ? parseAssignmentFile(json.value) : json;
  },
  serialize: serializeClassroomFile,
};
