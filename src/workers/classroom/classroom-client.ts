import { proxy } from 'comlink';
import { callImportWorker } from '../import-client';
import type {
  ClassroomDecision,
  ClassroomOutcome,
  ClassroomProgress,
  PrepareClassroomResult,
} from './classroom-protocol';
import type { ClassScores } from '../../domain/scoring/score-types';

/*
 * The classroom feature's calls into the import worker: opening a batch of classroom files
 * (prepare → preview → commit or discard) and scoring a class against a key.
 */

export function prepareClassroomFiles(
  files: File[],
  onProgress: (progress: ClassroomProgress) => void,
): Promise<PrepareClassroomResult> {
  return callImportWorker<PrepareClassroomResult>(
    (api) => api.prepareClassroomFiles(files, proxy(onProgress)) as Promise<PrepareClassroomResult>,
  );
}

export function commitClassroomFiles(
  id: string,
  decision: ClassroomDecision,
  onProgress: (progress: ClassroomProgress) => void,
): Promise<ClassroomOutcome> {
  return callImportWorker((api) => api.commitClassroomFiles(id, decision, proxy(onProgress)));
}

export function discardClassroomFiles(id: string): Promise<void> {
  return callImportWorker((api) => api.discardClassroomFiles(id));
}

export function scoreAssignment(
  assignmentId: string,
  keyAnnotatorId: string,
): Promise<ClassScores> {
  return callImportWorker((api) => api.scoreAssignment(assignmentId, keyAnnotatorId));
}
