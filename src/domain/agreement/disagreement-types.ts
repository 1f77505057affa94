import type { Annotation } from '../types';
import type { AgreementInput } from './agreement-types';

/** What the map reads of an annotation: who marked which words with which label. */
export type MapAnnotation = Pick<
  Annotation,
  'articleId' | 'annotatorId' | 'labelId' | 'start' | 'end'
>;

/** The agreement input, with annotations reduced to what the map reads of them. */
export interface MapInput extends Omit<AgreementInput, 'annotations'> {
  /** Accepted, non-deleted annotations only. */
  annotations: readonly MapAnnotation[];
}

/**
 * One article's disagreement map: per word token, who of the chosen annotators covered it and
 * with which labels. Consecutive tokens covered the same way form one run; tokens nobody
 * covered are in no run.
 */
export interface DisagreementMap {
  articleId: string;
  /** The chosen annotators who coded the article (the others are not counted), by name. */
  annotators: { id: string; name: string }[];
  /** In text order; [start, end) from the first token's start to the last token's end. */
  runs: MapRun[];
  /**
   * Contested stretches for J/K: consecutive contested runs with no uncontested word between
   * them, merged; in text order.
   */
  contested: { start: number; end: number }[];
}

export interface MapRun {
  start: number;
  end: number;
  /** Each annotator covering these tokens with the labels covering them (ids sorted). */
  marks: { annotatorId: string; labelIds: string[] }[];
  /**
   * Covered by fewer than a majority (covering × 2 ≤ annotators who coded the article), or by
   * different labels (any two marks whose label sets differ).
   */
  contested: boolean;
}
