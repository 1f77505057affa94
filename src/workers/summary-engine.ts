import {
  concordance,
  prepareSummary,
  summarize,
  type ConcordanceLine,
  type SummaryData,
  type SummaryFilter,
} from '../domain/summary';
import { compareText } from '../domain/summary/collate';
import type { SummarySource, SummaryTable } from '../db/repositories/summary-repository';
import {
  SUPERSEDED,
  type ConcordanceRequest,
  type SummaryCatalog,
  type SummaryProgress,
  type SummaryRequest,
  type SummaryResult,
} from './summary-protocol';

export type LoadSummarySource = (
  onTableRead: (table: SummaryTable) => void,
) => Promise<SummarySource>;

const TABLE_COUNT = 6;

interface Loaded {
  version: string;
  source: SummarySource;
  catalog: SummaryCatalog;
}

interface Prepared {
  version: string;
  filterKey: string;
  data: SummaryData;
}

/** Lets queued messages (a newer request) run before a long synchronous computation. */
const yieldToQueue = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The summary worker's state: the last corpus read (re-read only when the data version
 * changes) and the last prepared data (reused by concordance queries on the same filter).
 */
export class SummaryEngine {
  private loaded: Loaded | null = null;
  private loading: { version: string; promise: Promise<Loaded> } | null = null;
  private prepared: Prepared | null = null;
  private latestSummaryRequest = 0;

  constructor(private readonly load: LoadSummarySource) {}

  async summarize(
    request: SummaryRequest,
    onProgress?: (progress: SummaryProgress) => void,
  ): Promise<SummaryResult> {
    const requestNumber = ++this.latestSummaryRequest;
    const loaded = await this.ensureLoaded(request.version, onProgress);
    await yieldToQueue();
    if (requestNumber !== this.latestSummaryRequest) throw new Error(SUPERSEDED);
    onProgress?.({ stage: 'computing', done: 0, total: 1 });
    const data = this.prepare(loaded, request.filter);
    const summary = summarize(data);
    onProgress?.({ stage: 'computing', done: 1, total: 1 });
    return { summary, catalog: loaded.catalog };
  }

  async concordance(request: ConcordanceRequest): Promise<ConcordanceLine[]> {
    const loaded = await this.ensureLoaded(request.version);
    return concordance(request.term, this.prepare(loaded, request.filter));
  }

  private prepare(loaded: Loaded, filter: SummaryFilter): SummaryData {
    const filterKey = JSON.stringify(filter);
    const last = this.prepared;
    if (last && last.version === loaded.version && last.filterKey === filterKey) return last.data;
    const data = prepareSummary(loaded.source, filter);
    this.prepared = { version: loaded.version, filterKey, data };
    return data;
  }

  private ensureLoaded(
    version: string,
    onProgress?: (progress: SummaryProgress) => void,
  ): Promise<Loaded> {
    if (this.loaded?.version === version) return Promise.resolve(this.loaded);
    if (this.loading?.version === version) return this.loading.promise;
    let done = 0;
    onProgress?.({ stage: 'reading', done, total: TABLE_COUNT });
    const promise = this.load(() => {
      done += 1;
      onProgress?.({ stage: 'reading', done, total: TABLE_COUNT });
    }).then(
      (source) => {
        const loaded = { version, source, catalog: buildCatalog(source) };
        if (this.loading?.promise === promise) {
          this.loaded = loaded;
          this.loading = null;
          this.prepared = null;
        }
        return loaded;
      },
      (error: unknown) => {
        if (this.loading?.promise === promise) this.loading = null;
        throw error;
      },
    );
    this.loading = { version, promise };
    return promise;
  }
}

export function buildCatalog(source: SummarySource): SummaryCatalog {
  const articleCounts = new Map<string, number>();
  for (const article of source.articles) {
    articleCounts.set(article.outletId, (articleCounts.get(article.outletId) ?? 0) + 1);
  }
  const outlets = source.outlets
    .map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      articles: articleCounts.get(outlet.id) ?? 0,
    }))
    .sort((a, b) => compareText(a.name, b.name));
  const outletOrder = new Map(outlets.map((outlet, i) => [outlet.id, i]));
  const articles = source.articles
    .map(({ id, title, outletId, published }) => ({ id, title, outletId, published }))
    .sort(
      (a, b) =>
        (outletOrder.get(a.outletId) ?? Infinity) - (outletOrder.get(b.outletId) ?? Infinity) ||
        compareText(a.title, b.title),
    );

  // Annotations imported from someone not in this browser's annotator list still filter.
  const annotatorNames = new Map(
    source.annotators.map((annotator) => [annotator.id, annotator.name]),
  );
  for (const annotation of source.annotations) {
    if (!annotatorNames.has(annotation.annotatorId)) {
      annotatorNames.set(annotation.annotatorId, annotation.annotatorId);
    }
  }
  const annotators = [...annotatorNames]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => compareText(a.name, b.name));

  const first = articles[0];
  return {
    outlets,
    articles,
    annotators,
    labels: source.labels.map(({ id, name, color }) => ({ id, name, color })),
    actors: source.actors.map(({ id, name }) => ({ id, name })),
    annotations: source.annotations.length,
    firstArticle: first ? { id: first.id, title: first.title } : null,
  };
}
