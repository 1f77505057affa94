import { proxy } from 'comlink';
import type {
  ClassroomDecision,
  ClassroomOutcome,
  ClassroomProgress,
  PrepareClassroomResult,
} from '../../../workers/classroom/classroom-protocol';
import type { ClassScores } from '../../../domain/scoring/score-types';
import { callImportWorker } from '../../../workers/import-client';

/* The classroom's calls into the import worker (files are read and scores computed there). */

export function prepareClassroomFiles(
  files: File[],
  onProgress: (progress: ClassroomProgress) => void,
): Promise<PrepareClassroomResult> {
  return callImportWorker((api) => api.prepareClassroomFiles(files, proxy(onProgress)));
}

export function commitClassroomFiles(
  id: string,
  decision: ClassroomDecision,
  onProgress: (progress: ClassroomProgress) => void,
): Promise<ClassroomOutcome> {
  return callImportWorker((api) => api.commitClassroomFiles(id, decision, proxy(onProgress)));
}

export function discardClassroomFiles(id: string): void {
  void callImportWorker((api) => Promise.resolve(api.discardClassroomFiles(id)));
}

export function scoreAssignment(
  assignmentId: string,
  keyAnnotatorId: string,
): Promise<ClassScores> {
  return callImportWorker((api) => api.scoreAssignment(assignmentId, keyAnnotatorId));
}
