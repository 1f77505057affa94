import { expose } from 'comlink';
// Imported file by file rather than through the src/db barrel: the barrel also brings the seed
// corpus, whose lazily loaded texts would split this worker into several chunks.
import { db } from '../db/database';
import { loadArticleTexts, loadSummarySource } from '../db/repositories/summary-repository';
import { SummaryEngine } from './summary-engine';
import type { SummaryWorkerApi } from './summary-protocol';

const engine = new SummaryEngine(
  (onTableRead, options) => loadSummarySource(db, onTableRead, options),
  (articleIds) => loadArticleTexts(db, articleIds),
);

const api: SummaryWorkerApi = {
  summarize: (request, onProgress) => engine.summarize(request, onProgress),
  concordance: (request) => engine.concordance(request),
};

expose(api);
