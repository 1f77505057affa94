import type {
  ImportDecisions,
  ImportOutcome,
  ImportStage,
} from '../db/repositories/exchange-repository';
import type { ExportRequest } from '../db/repositories/export-catalog-repository';
import type { ImportPreview } from '../domain/exchange/plan/import-preview';
import type { DoccanoOffsetUnits } from '../domain/exchange/doccano-units';
import type { ParseError } from '../domain/exchange/result';
import type { ClassroomWorkerApi } from './classroom/classroom-protocol';
import type {
  FileIntake,
  IntakeDecision,
  IntakeOutcomes,
  IntakeProgress,
  PrepareFileResult,
} from './intake/intake-protocol';

/**
 * The import worker does the heavy exchange work off the main thread: reading and validating
 * import files, planning the merge, writing it (one transaction), serialising exports and
 * checking backups. The page only shows progress, previews and results.
 */

export interface ImportProgress {
  stage: ImportStage;
  /** Rows written so far (writing), else 0. */
  done: number;
  total: number;
}

export interface PrepareImportOptions {
  /** The unit of a doccano file's offsets the person chose (else the spans decide). */
  doccanoOffsetUnits?: DoccanoOffsetUnits;
}

export type PrepareImportResult =
  { ok: true; id: string; preview: ImportPreview } | { ok: false; error: ParseError };

export interface ExportedFile {
  blob: Blob;
  fileSlug: string;
  extension: string;
  annotationCount: number;
  articleCount: number;
}

/** Also opens classroom files and scores a class (src/workers/classroom). */
export interface ImportWorkerApi extends ClassroomWorkerApi {
  prepareImport(
    file: File,
    onProgress: (progress: ImportProgress) => void,
    options?: PrepareImportOptions,
  ): Promise<PrepareImportResult>;
  commitImport(
    id: string,
    decisions: ImportDecisions,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportOutcome>;
  /** Stops a running commit at its next chunk: the transaction aborts, nothing is written. */
  cancelImport(id: string): void;
  discardImport(id: string): void;
  exportAnnotations(request: ExportRequest): Promise<ExportedFile>;
  /** Article files, backups and lexicon files: one pipeline (src/workers/intake). */
  prepareFile(
    file: File,
    intake: FileIntake,
    onProgress: (progress: IntakeProgress) => void,
  ): Promise<PrepareFileResult>;
  commitFile(
    ids: string[],
    decision: IntakeDecision,
    onProgress: (progress: IntakeProgress) => void,
  ): Promise<IntakeOutcomes[FileIntake]>;
  cancelFile(id: string): void;
  discardFile(id: string): void;
}

/** The message of the error a cancelled commit rejects with. */
export { IMPORT_CANCELLED_MESSAGE } from '../db/repositories/import-errors';
