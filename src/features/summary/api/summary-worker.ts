import { wrap, type Remote } from 'comlink';
import type { SummaryWorkerApi } from '../../../workers/summary-protocol';

let remote: Remote<SummaryWorkerApi> | null = null;
let failure: Promise<never> | null = null;

function start(): Remote<SummaryWorkerApi> {
  const worker = new Worker(new URL('../../../workers/summary.worker.ts', import.meta.url), {
    type: 'module',
    name: 'framelens-summary',
  });
  // Comlink never settles a call whose worker died: a failed start rejects every call instead.
  failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      remote = null;
      reject(new Error(`The summary worker stopped: ${event.message || 'it could not start'}.`));
    });
  });
  failure.catch(() => undefined);
  return wrap<SummaryWorkerApi>(worker);
}

/**
 * Runs a call on the summary worker, started on first use and kept for the session so that it
 * keeps the corpus it read between filter changes and concordance queries.
 */
export function callSummaryWorker<T>(
  call: (api: Remote<SummaryWorkerApi>) => Promise<T>,
): Promise<T> {
  remote ??= start();
  const pending = call(remote);
  return failure ? Promise.race([pending, failure]) : pending;
}
