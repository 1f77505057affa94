import type { FeedbackFile } from '../../classroom/classroom-files';
import { CLASSROOM_FORMATS } from '../../classroom/classroom-envelope';
import { serializeClassroomFile } from '../../classroom/classroom-file-text';
import { parseFeedbackFile } from '../../classroom/parse-feedback-file';
import { isJsonObject, parseJsonText } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';

/** A classroom feedback file; opened on the Classroom page only (intake "classroom"). */
export const feedbackKind: FileKind<FeedbackFile, unknown, FeedbackFile> = {
  ...KIND_INFO['feedback'],
  detect(probe) {
    if (!isJsonObject(probe.json) || probe.json.format !== CLASSROOM_FORMATS.feedback) return null;
    return { reason: `"format" is "${CLASSROOM_FORMATS.feedback}"`, confidence: 1 };
  },
  parse(probe) {
    const json =
      probe.json !== undefined
        ? { ok: true as const, value: probe.json }
        : parseJsonText(probe.text);
    return json.ok ? parseFeedbackFile(json.value) : json;
  },
  serialize: serializeClassroomFile,
};
