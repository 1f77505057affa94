import type { ConcordanceLine, FramingSummary, SummaryFilter } from '../domain/summary';

/** What the summary worker is doing: reading IndexedDB, then computing the tables. */
export type SummaryStage = 'reading' | 'computing';

export interface SummaryProgress {
  stage: SummaryStage;
  /** Steps finished in this stage (tables read; 0 or 1 while computing). */
  done: number;
  total: number;
}

export interface SummaryRequest {
  /**
   * Names the state of the stored data: the worker re-reads IndexedDB when it changes and
   * reuses what it read otherwise (a filter change needs no new read).
   */
  version: string;
  filter: SummaryFilter;
}

export interface ConcordanceRequest extends SummaryRequest {
  term: string;
}

/** The choices the filters offer: the whole stored corpus, whatever the filter. */
export interface SummaryCatalog {
  outlets: { id: string; name: string; articles: number }[];
  articles: { id: string; title: string; outletId: string; published: string }[];
  annotators: { id: string; name: string }[];
  labels: { id: string; name: string; color: string }[];
  actors: { id: string; name: string }[];
  /** Accepted, non-deleted annotations in the whole corpus. */
  annotations: number;
  /** An article to suggest when there is nothing to summarise yet. */
  firstArticle: { id: string; title: string } | null;
}

export interface SummaryResult {
  summary: FramingSummary;
  catalog: SummaryCatalog;
}

export interface SummaryWorkerApi {
  summarize(
    request: SummaryRequest,
    onProgress?: (progress: SummaryProgress) => void,
  ): Promise<SummaryResult>;
  concordance(request: ConcordanceRequest): Promise<ConcordanceLine[]>;
}

/** Thrown when a newer summary request arrived before this one started computing. */
export const SUPERSEDED = 'Superseded by a newer summary request.';
