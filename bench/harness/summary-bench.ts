import { wrap, type Remote } from 'comlink';
import type { SummaryWorkerApi } from '../../src/workers/summary-protocol';
import { storeGeneratedCorpus } from './app-database';

let summaryWorker: Remote<SummaryWorkerApi> | null = null;
let readerWorker: Worker | null = null;
let run = 0;

export async function seedSummary(articles: number, annotationsPerArticle: number) {
  const corpus = await storeGeneratedCorpus(
    { articles, wordsPerArticle: 300, annotationsPerArticle },
    40_000,
  );
  return { articles: corpus.articles.length, annotations: corpus.annotations.length };
}

/**
 * FrameLens: the summary page's worker computing the whole framing summary, forced to re-read
 * IndexedDB each run (a new data version), timed from the page's call to its answer.
 */
export async function summarizeInWorker() {
  summaryWorker ??= wrap<SummaryWorkerApi>(
    new Worker(new URL('../../src/workers/summary.worker.ts', import.meta.url), {
      type: 'module',
    }),
  );
  run += 1;
  const started = performance.now();
  const result = await summaryWorker.summarize({ version: `bench-${run}`, filter: {} });
  return { ms: performance.now() - started, annotations: result.catalog.annotations };
}

/** The floor: reading the annotations table, in a worker, timed the same way. */
export function readAnnotationsInWorker(): Promise<{ ms: number; rows: number }> {
  readerWorker ??= new Worker(new URL('./read-annotations.worker.ts', import.meta.url), {
    type: 'module',
  });
  const worker = readerWorker;
  const started = performance.now();
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<{ rows: number }>) =>
      resolve({ ms: performance.now() - started, rows: event.data.rows });
    worker.postMessage(null);
  });
}
