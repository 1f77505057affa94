import type { Actor, Annotation, Label, LexiconEntry, Voice } from '../types';

/** The article fields the summary reads. Full `Article` records satisfy it. */
export interface SummaryArticle {
  id: string;
  outletId: string;
  wordCount: number;
  /** Partial ISO date ("2024", "2024-09", "2024-09-30"), or "" when unknown. */
  published: string;
  /**
   * Only the concordance reads it: absent when the summary is read without texts (the
   * concordance is then given the texts it quotes); may be "" when an import carried no text.
   */
  text?: string;
}

export interface SummaryOutlet {
  id: string;
  name: string;
}

export type SummaryAnnotation = Pick<
  Annotation,
  | 'id'
  | 'articleId'
  | 'start'
  | 'end'
  | 'exact'
  | 'labelId'
  | 'target'
  | 'valence'
  | 'voice'
  | 'annotatorId'
  | 'status'
  | 'deleted'
>;

export type SummaryLabel = Pick<Label, 'id' | 'name'>;
export type SummaryActor = Pick<Actor, 'id' | 'name'>;
export type SummaryLexiconEntry = Pick<LexiconEntry, 'forms' | 'canonical'>;

export interface SummaryInput {
  articles: readonly SummaryArticle[];
  outlets: readonly SummaryOutlet[];
  annotations: readonly SummaryAnnotation[];
  labels: readonly SummaryLabel[];
  actors: readonly SummaryActor[];
  lexicon: readonly SummaryLexiconEntry[];
}

/**
 * Every field is optional; an absent or empty list means "no restriction". Outlet, article and
 * date filters choose articles (and so the words rates divide by); annotator, voice and label
 * filters choose annotations only, so an article keeps counting toward its outlet's words even
 * when none of its annotations pass. Dates follow `isPublishedInRange` (partial-date.ts).
 */
export interface SummaryFilter {
  annotatorIds?: readonly string[];
  voices?: readonly Voice[];
  labelIds?: readonly string[];
  outletIds?: readonly string[];
  articleIds?: readonly string[];
  dateFrom?: string;
  dateTo?: string;
  /**
   * Several people annotated the same articles: per article and label, overlapping spans count
   * as one place (count-once.ts); the voice filter applies to each place's representative.
   */
  eachPlaceOnce?: boolean;
}

export interface LabelRef {
  labelId: string;
  labelName: string;
}

export interface TargetRef {
  /** Actor id, or null for annotations about no particular actor. */
  targetId: string | null;
  targetName: string;
}

export interface OutletRef {
  outletId: string;
  outletName: string;
}

export interface VoiceCounts {
  own: number;
  quoted: number;
  attributed: number;
  total: number;
}

export interface TermVoiceCounts extends VoiceCounts {
  term: string;
}
