import { proxy, wrap } from 'comlink';
import type { CorpusFileResult } from './read-corpus-file';

/**
 * Article files are read in a Web Worker, one per reading: a large or deeply nested HTML file
 * never blocks the page, and Cancel ends the worker at once (nothing has been stored then).
 */

export interface CorpusProgress {
  fileIndex: number;
  fileCount: number;
  fileName: string;
  /** How much of the current file has been read, out of `total` (characters of an HTML file). */
  done: number;
  total: number;
}

export interface CorpusWorkerApi {
  readFiles(
    files: File[],
    onProgress: (progress: CorpusProgress) => void,
  ): Promise<CorpusFileResult[]>;
}

export interface CorpusReading {
  results: Promise<CorpusFileResult[]>;
  cancel: () => void;
}

/** The message `results` rejects with after `cancel`. */
export const CORPUS_READING_CANCELLED = 'Cancelled.';

export function readCorpusFilesInWorker(
  files: File[],
  onProgress: (progress: CorpusProgress) => void,
): CorpusReading {
  const worker = new Worker(new URL('./corpus.worker.ts', import.meta.url), {
    type: 'module',
    name: 'framelens-corpus',
  });
  let stop: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  // Comlink never settles a call whose worker died: a crash rejects instead.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(new Error(`The files could not be read: ${event.message || 'the reader stopped'}.`));
  });
  const remote = wrap<CorpusWorkerApi>(worker);
  const results = Promise.race([remote.readFiles(files, proxy(onProgress)), stopped]).finally(() =>
    worker.terminate(),
  );
  return {
    results,
    cancel: () => {
      stop(new Error(CORPUS_READING_CANCELLED));
      worker.terminate();
    },
  };
}
