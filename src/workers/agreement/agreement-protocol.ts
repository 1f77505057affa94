import type { AgreementReport, AgreementSelection } from '../../domain/agreement/agreement-types';
import type { CurationGroup } from '../../domain/agreement/curation-types';
import type { PackedMap } from '../../domain/agreement/packed-map';
import type { MapSpans } from './map-spans';

/**
 * The tables agreement, the map and curation read: a change to any of them (in any tab) is a
 * new `version`, and the worker reads IndexedDB again.
 */
export const AGREEMENT_TABLES = [
  'articles',
  'outlets',
  'annotations',
  'codebooks',
  'annotators',
  'assignments',
  'progress',
  'submissions',
] as const;

export interface AgreementProgress {
  stage: 'reading' | 'computing';
  done: number;
  total: number;
}

interface Versioned {
  /** `useTableVersion(AGREEMENT_TABLES)`: the worker reuses what it read while it is unchanged. */
  version: string;
}

export interface AgreementRequest extends Versioned {
  selection: AgreementSelection;
}

/** The choices the Agreement page offers, whatever is chosen. */
export interface AgreementCatalog {
  /**
   * Everyone who coded at least one article, by name; `gold` marks curated gold annotators,
   * which the default selection leaves out (a gold set would inflate the agreement).
   */
  annotators: { id: string; name: string; articles: number; gold: boolean }[];
  /** Articles at least one annotator coded, by title; `coders` = annotators who coded it. */
  articles: { id: string; title: string; outletId: string; outletName: string; coders: number }[];
  labels: { id: string; name: string; color: string }[];
  actors: { id: string; name: string }[];
}

export interface AgreementResult {
  report: AgreementReport;
  catalog: AgreementCatalog;
}

export interface MapRequest extends Versioned {
  articleId: string;
  /** null = everyone who coded the article except gold annotators. */
  annotatorIds: readonly string[] | null;
  /**
   * The article's counted annotations as the reader already read them (`packMapSpans`): the
   * worker then reads no annotations, only who coded the article.
   */
  spans?: MapSpans;
  /**
   * The version of the tables that say who coded the article besides its annotations
   * (`CODING_TABLES`): rows `prepareArticle` read for the same version are used, not read again.
   */
  codingVersion?: string;
}

/** What says who coded an article, besides its annotations. */
export const CODING_TABLES = AGREEMENT_TABLES.filter((table) => table !== 'annotations');

export interface MapResult {
  /** Packed: its buffers are transferred back, not copied run by run. */
  map: PackedMap;
  /** Everyone who coded the article, for the map's chooser (gold marked as in the catalog). */
  coders: { id: string; name: string; gold: boolean }[];
  labels: { id: string; name: string; color: string }[];
}

export interface GroupsRequest extends Versioned {
  annotatorIds: readonly string[];
  articleIds: readonly string[];
}

export interface AgreementWorkerApi {
  agreement(
    request: AgreementRequest,
    onProgress?: (progress: AgreementProgress) => void,
  ): Promise<AgreementResult>;
  disagreementMap(request: MapRequest): Promise<MapResult>;
  /**
   * Reads one article's text, splitting it into words, and who coded it, ahead of a map request
   * (the reader opened at the map), so that a request of the same `codingVersion` finds them.
   */
  prepareArticle(articleId: string, codingVersion: string): Promise<void>;
  curationGroups(request: GroupsRequest): Promise<CurationGroup[]>;
}
