import {
  concordance,
  concordanceArticleIds,
  prepareSummary,
  summarize,
  type ConcordanceLine,
  type SummaryData,
  type SummaryFilter,
} from '../domain/summary';
import type {
  SummaryReadOptions,
  SummarySource,
  SummaryTable,
} from '../db/repositories/summary-repository';
import { ConcordanceTexts, type LoadArticleTexts } from './concordance-texts';
import { ReadStream } from './summary-read-stream';
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
  options?: SummaryReadOptions,
) => Promise<SummarySource>;

const TABLE_COUNT = 6;
/** Annotations per part of a read (see `SummaryReadOptions.splitAt`). */
const ANNOTATIONS_PER_PART = 10_000;

/** Every n-th annotation id: where to split the next read into parts of about n. */
function splitPoints(annotations: readonly { id: string }[]): string[] {
  const points: string[] = [];
  for (let i = ANNOTATIONS_PER_PART; i < annotations.length; i += ANNOTATIONS_PER_PART) {
    const annotation = annotations[i];
    if (annotation) points.push(annotation.id);
  }
  return points;
}

const filterKeyOf = (filter: SummaryFilter) => JSON.stringify(filter);

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
 * A read hands over its annotations in parts, and the data for the filter of the request that
 * started it is counted part by part while the rest is still being read.
 */
export class SummaryEngine {
  private loaded: Loaded | null = null;
  private loading: { version: string; promise: Promise<Loaded> } | null = null;
  private prepared: Prepared | null = null;
  private latestSummaryRequest = 0;
  /** Taken from the last read: parts of the next one are about as big as intended. */
  private splitAt: string[] = [];

  private readonly texts: ConcordanceTexts;

  constructor(
    private readonly load: LoadSummarySource,
    loadTexts: LoadArticleTexts,
  ) {
    this.texts = new ConcordanceTexts(loadTexts);
  }

  async summarize(
    request: SummaryRequest,
    onProgress?: (progress: SummaryProgress) => void,
  ): Promise<SummaryResult> {
    const requestNumber = ++this.latestSummaryRequest;
    const loaded = await this.ensureLoaded(request.version, onProgress, request.filter);
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
    const data = this.prepare(loaded, request.filter);
    const quoted = new Set(concordanceArticleIds(request.term, data));
    const texts = await this.texts.textsOf(
      loaded.source.articles.filter((article) => quoted.has(article.id)),
    );
    return concordance(request.term, data, { texts });
  }

  private prepare(loaded: Loaded, filter: SummaryFilter): SummaryData {
    const filterKey = filterKeyOf(filter);
    const last = this.prepared;
    if (last && last.version === loaded.version && last.filterKey === filterKey) return last.data;
    const data = prepareSummary(loaded.source, filter);
    this.prepared = { version: loaded.version, filterKey, data };
    return data;
  }

  private ensureLoaded(
    version: string,
    onProgress?: (progress: SummaryProgress) => void,
    filter?: SummaryFilter,
  ): Promise<Loaded> {
    if (this.loaded?.version === version) return Promise.resolve(this.loaded);
    if (this.loading?.version === version) return this.loading.promise;
    let done = 0;
    onProgress?.({ stage: 'reading', done, total: TABLE_COUNT });
    const stream = new ReadStream(filter);
    const onTableRead = () => {
      done += 1;
      onProgress?.({ stage: 'reading', done, total: TABLE_COUNT });
    };
    const promise = this.load(onTableRead, { splitAt: this.splitAt, ...stream.hooks }).then(
      (source) => {
        const loaded = { version, source, catalog: stream.catalogOf(source) };
        if (this.loading?.promise === promise) {
          this.loaded = loaded;
          this.loading = null;
          this.splitAt = splitPoints(source.annotations);
          const data = filter ? stream.dataOf(source) : null;
          this.prepared = filter && data ? { version, filterKey: filterKeyOf(filter), data } : null;
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
