import { callImportWorker, progressCallback, stopImportWorker } from '../import-client';
import type {
  FileIntake,
  IntakeDecisions,
  IntakeOutcomes,
  IntakeProgress,
  PrepareFileResult,
} from './intake-protocol';

/**
 * The page's side of the intake pipeline: typed calls into the import worker. A file still
 * being read or checked is cancelled by stopping the worker (`stopReading`); a running
 * commit by `cancelFile`, which aborts its transaction.
 */

export { IMPORT_WORKER_STOPPED as READING_STOPPED } from '../import-client';
export { IMPORT_CANCELLED_MESSAGE as INTAKE_CANCELLED_MESSAGE } from '../import-protocol';

export function prepareFile<I extends FileIntake>(
  file: File,
  intake: I,
  onProgress: (progress: IntakeProgress) => void = () => undefined,
): Promise<PrepareFileResult<I>> {
  return callImportWorker(
    (api) =>
      api.prepareFile(file, intake, progressCallback(onProgress)) as Promise<PrepareFileResult<I>>,
  );
}

export function commitFile<I extends FileIntake>(
  ids: string[],
  decision: IntakeDecisions[I],
  onProgress: (progress: IntakeProgress) => void = () => undefined,
): Promise<IntakeOutcomes[I]> {
  return callImportWorker(
    (api) =>
      api.commitFile(ids, decision, progressCallback(onProgress)) as Promise<IntakeOutcomes[I]>,
  );
}

export function cancelFile(id: string): void {
  void callImportWorker((api) => api.cancelFile(id));
}

export function discardFile(id: string): void {
  void callImportWorker((api) => api.discardFile(id));
}

export function stopReading(): void {
  stopImportWorker();
}
