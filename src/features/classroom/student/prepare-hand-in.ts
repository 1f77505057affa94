import { buildSubmissionFile } from '../../../domain/classroom/build-submission-file';
import {
  classroomFileName,
  serializeClassroomFile,
} from '../../../domain/classroom/classroom-file-text';
import type { SubmissionFile } from '../../../domain/classroom/classroom-files';
import { readSubmissionInput } from '../../../db';

/** The student's submission file for an assignment, as one consistent read of the library. */
export async function prepareHandIn(
  assignmentId: string,
): Promise<{ file: SubmissionFile; text: string; fileName: string }> {
  const input = await readSubmissionInput(assignmentId);
  const file = buildSubmissionFile(input);
  const fileName = classroomFileName('submission', {
    title: input.assignment.title,
    studentName: input.student.name,
  });
  return { file, text: serializeClassroomFile(file), fileName };
}
