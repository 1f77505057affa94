import type { SubmissionFile } from '../../classroom/classroom-files';
import { CLASSROOM_FORMATS } from '../../classroom/classroom-envelope';
import { serializeClassroomFile } from '../../classroom/classroom-file-text';
import { parseSubmissionFile } from '../../classroom/parse-submission-file';
import { isJsonObject, parseJsonText } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';

/** A classroom submission file; opened on the Classroom page only (intake "classroom"). */
export const submissionKind: FileKind<SubmissionFile, unknown, SubmissionFile> = {
  ...KIND_INFO['submission'],
  detect(probe) {
    if (!isJsonObject(probe.json) || probe.json.format !== CLASSROOM_FORMATS.submission)
      return null;
    return { reason: `"format" is "${CLASSROOM_FORMATS.submission}"`, confidence: 1 };
  },
  parse(probe) {
    const json =
      probe.json !== undefined
        ? { ok: true as const, value: probe.json }
        : parseJsonText(probe.text);
    return json.ok ? parseSubmissionFile(json.value) : json;
  },
  serialize: serializeClassroomFile,
};
