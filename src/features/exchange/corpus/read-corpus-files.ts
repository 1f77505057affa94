import { thrownMessage } from '../../../domain/thrown-message';
import {
  discardFile,
  prepareFile,
  READING_STOPPED,
  stopReading,
} from '../../../workers/intake/intake-client';
import type { CorpusDraft } from '../../../workers/intake/intake-protocol';

/**
 * Article files are read one after another by the import worker's intake pipeline: a large or
 * deeply nested HTML file never blocks the page, and Cancel stops the worker at once (nothing
 * has been stored then).
 */

export interface CorpusProgress {
  fileIndex: number;
  fileCount: number;
  fileName: string;
  /** How much of the current file has been read, out of `total` (characters of an HTML file). */
  done: number;
  total: number;
}

export type CorpusFileResult =
  | { ok: true; id: string; fileName: string; drafts: CorpusDraft[]; notes: string[] }
  | { ok: false; fileName: string; message: string };

export interface CorpusReading {
  results: Promise<CorpusFileResult[]>;
  cancel: () => void;
}

/** The message `results` rejects with after `cancel`. */
export const CORPUS_READING_CANCELLED = 'Cancelled.';

async function readAll(
  files: File[],
  onProgress: (progress: CorpusProgress) => void,
  isCancelled: () => boolean,
): Promise<CorpusFileResult[]> {
  const results: CorpusFileResult[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const fileName = file.name;
    const report = (done: number, total: number) =>
      onProgress({ fileIndex, fileCount: files.length, fileName, done, total });
    report(0, 1);
    const result = await prepareFile(file, 'corpus', (progress) => {
      if (!isCancelled()) report(progress.done, progress.total);
    });
    results.push(
      result.ok
        ? {
            ok: true,
            id: result.preview.id,
            fileName,
            drafts: result.preview.drafts,
            notes: result.preview.notes,
          }
        : { ok: false, fileName, message: result.error.message },
    );
  }
  return results;
}

export function readCorpusFiles(
  files: File[],
  onProgress: (progress: CorpusProgress) => void,
): CorpusReading {
  let cancelled = false;
  const results = readAll(files, onProgress, () => cancelled).catch((error: unknown) => {
    const message = thrownMessage(error);
    throw new Error(cancelled || message === READING_STOPPED ? CORPUS_READING_CANCELLED : message);
  });
  return {
    results,
    cancel: () => {
      cancelled = true;
      stopReading();
    },
  };
}

/** Lets the worker forget files whose articles will not be added. */
export function forgetCorpusFiles(ids: readonly string[]): void {
  for (const id of ids) discardFile(id);
}
