import { proxy, wrap, type Remote } from 'comlink';
import type { ImportProgress, ImportWorkerApi } from './import-protocol';

/**
 * The page's handle on the import worker: started on first use and kept (it holds prepared
 * imports between preview and commit). `stopImportWorker` ends it at once — how a file that is
 * still being read or checked is cancelled; every pending call then rejects.
 */

interface Running {
  worker: Worker;
  remote: Remote<ImportWorkerApi>;
  failure: Promise<never>;
  fail: (error: Error) => void;
}

let running: Running | null = null;

/** The message pending calls reject with after `stopImportWorker`. */
export const IMPORT_WORKER_STOPPED = 'Stopped.';

function start(): Running {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'framelens-import',
  });
  let fail: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => undefined);
  // Comlink never settles a call whose worker died: a crash rejects every call instead.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    running = null;
    fail(new Error(`The import worker stopped: ${event.message || 'it could not start'}.`));
  });
  return { worker, remote: wrap<ImportWorkerApi>(worker), failure, fail };
}

export function callImportWorker<T>(
  call: (api: Remote<ImportWorkerApi>) => Promise<T>,
): Promise<T> {
  running ??= start();
  return Promise.race([call(running.remote), running.failure]);
}

export function stopImportWorker(): void {
  if (!running) return;
  const { worker, fail } = running;
  running = null;
  fail(new Error(IMPORT_WORKER_STOPPED));
  worker.terminate();
}

/** Wraps a progress callback so that the worker can call it across the thread boundary. */
export function progressCallback(
  onProgress: (progress: ImportProgress) => void,
): (progress: ImportProgress) => void {
  return proxy(onProgress);
}
