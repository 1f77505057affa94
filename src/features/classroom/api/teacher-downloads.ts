import { buildAssignmentFile } from '../../../domain/classroom/build-assignment-file';
import { buildFeedbackFile } from '../../../domain/classroom/build-feedback-file';
import {
  classroomFileName,
  serializeClassroomFile,
} from '../../../domain/classroom/classroom-file-text';
import { nowIso, patchAssignment, readAssignmentFileInput, readFeedbackInput } from '../../../db';
import { downloadBlob } from '../../../ui/download-file';

function jsonBlob(text: string): Blob {
  return new Blob([text], { type: 'application/json' });
}

/**
 * Writes the assignment file and keeps the codebook and lexicon it was handed out with (which
 * also marks this revision as downloaded: the next edit makes a new revision).
 */
export async function downloadAssignment(assignmentId: string): Promise<string> {
  const input = await readAssignmentFileInput(assignmentId);
  const file = buildAssignmentFile(input);
  const fileName = classroomFileName('assignment', {
    title: file.title,
    revision: file.revision,
  });
  downloadBlob(jsonBlob(serializeClassroomFile(file)), fileName);
  await patchAssignment(assignmentId, { codebook: input.codebook, lexicon: [...input.lexicon] });
  return fileName;
}

/** Writes the feedback file: the chosen key's annotations (and the outlets, once revealed). */
export async function downloadFeedback(assignmentId: string): Promise<string> {
  const input = await readFeedbackInput(assignmentId);
  const file = buildFeedbackFile({ ...input, createdAt: nowIso() });
  const fileName = classroomFileName('feedback', { title: file.assignmentTitle });
  downloadBlob(jsonBlob(serializeClassroomFile(file)), fileName);
  return fileName;
}
