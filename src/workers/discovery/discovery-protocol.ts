import type { DiscoverySelection } from '../../domain/discovery/discovery-selection';
import type { KeywordInContext } from '../../domain/discovery/keyword-in-context';
import type { TermKind } from '../../domain/discovery/term-counter';

/** The tables discovery reads: its result is keyed by their version. */
export const DISCOVERY_TABLES = ['articles', 'outlets'] as const;

export interface DiscoveryRequest {
  /** The version of DISCOVERY_TABLES the request was made at. */
  version: string;
  selection: DiscoverySelection;
}

/** Articles read for terms so far (null total while the database is read). */
export interface DiscoveryProgress {
  done: number;
  total: number | null;
}

export interface DiscoveryCatalog {
  outlets: { id: string; name: string; articles: number }[];
  articles: { id: string; title: string; outletId: string }[];
}

export interface TermUseInContext extends KeywordInContext {
  articleId: string;
}

export interface CandidateTerm {
  term: string;
  kind: TermKind;
  count: number;
  otherCount: number;
  z: number;
  uses: TermUseInContext[];
}

export interface OutletCandidates {
  outletId: string;
  outletName: string;
  articles: number;
  /** Counted words (no stop words, numbers or names). */
  words: number;
  candidates: CandidateTerm[];
}

export interface DiscoveryResult {
  catalog: DiscoveryCatalog;
  /** The chosen articles. */
  articles: number;
  /** Outlets of the chosen articles, by name. */
  outlets: OutletCandidates[];
}

export interface DiscoveryWorkerApi {
  discover(
    request: DiscoveryRequest,
    onProgress?: (progress: DiscoveryProgress) => void,
  ): Promise<DiscoveryResult>;
}
