import type { Annotation, Voice } from '../types';
import type { AnnotatorArticle } from './coded-articles';
import type { WordTokens } from './word-tokens';

/** Everything agreement, the disagreement map and curation read, as stored. */
export interface AgreementInput {
  articles: readonly { id: string; title: string; outletId: string; text: string }[];
  /** Accepted, non-deleted annotations only. */
  annotations: readonly Annotation[];
  annotators: readonly { id: string; name: string }[];
  labels: readonly { id: string; name: string }[];
  /** Progress records whose state is done, in any assignment. */
  doneMarks: readonly AnnotatorArticle[];
  /** The articles each annotator handed in a submission for (see `codedPairs`). */
  submitted: readonly AnnotatorArticle[];
  /**
   * An article's word tokens (equal to `wordTokens(text)`) from a caller that keeps them between
   * requests (the agreement worker); absent: tokenise the text.
   */
  tokens?: (articleId: string) => WordTokens;
}

/** Whose annotations on which articles; null = the default (everyone who coded / all). */
export interface AgreementSelection {
  annotatorIds: readonly string[] | null;
  articleIds: readonly string[] | null;
}

/**
 * A number that can be undefined. When `value` is null, `reason` says why in plain words
 * ("Only one annotator coded these articles.", "Every token has the same value: …").
 */
export interface Measured {
  value: number | null;
  reason: string | null;
  /** What the number rests on; each measure says what it counts. */
  n: number;
}

/** Krippendorff's α. `n` = pairable values (values in units with at least two). */
export interface AlphaResult extends Measured {
  /** Units with at least two values (the others are dropped). */
  units: number;
  /** D_o and D_e; null when there is nothing to compare. */
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
}

/** Cohen's κ for one pair. `n` = tokens both annotators coded. */
export interface KappaResult extends Measured {
  /** p_o and p_e; null when n = 0. */
  observed: number | null;
  expected: number | null;
}

/**
 * Span F1 of B against A: P = matched / |B|, R = matched / |A|, F1 = 2PR / (P + R).
 * Undefined parts are null with `reason` (no spans on a side).
 */
export interface F1Result {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  reason: string | null;
  matched: number;
  /** |A| and |B|: each side's spans on the articles both coded. */
  a: number;
  b: number;
}

export interface PairAgreement {
  /** Annotator ids, `a` before `b` in the report's annotator order. */
  a: string;
  b: string;
  kappa: KappaResult;
  exact: F1Result;
  overlap: F1Result;
  byLabel: { labelId: string; exact: F1Result; overlap: F1Result }[];
}

/**
 * Agreement on the attributes of overlap-matched pairs (every pair of annotators, one-to-one
 * overlap matching per article and label): each matched pair is a unit with two values.
 */
export interface AttributeAgreement {
  /** Matched pairs: the units. */
  pairs: number;
  /** Nominal α over targets (no target is a value of its own); `same` = pairs that agree. */
  target: AlphaResult & { same: number };
  voice: AlphaResult & { same: number };
  /** Interval α over valences; `withinOne` = pairs whose valences differ by at most 1. */
  valence: AlphaResult & { withinOne: number };
}

export interface AgreementReport {
  /** The chosen annotators, in display order (by name). */
  annotators: { id: string; name: string }[];
  /** The chosen articles, in display order (by title). */
  articles: { id: string; title: string; outletId: string }[];
  /** Annotator × article pairs coded; the others are missing data. */
  codedPairs: number;
  /** Word tokens in the chosen articles. */
  tokens: number;
  /** Nominal α at the token level (value: the set of labels covering the token, or none). */
  alpha: AlphaResult;
  /** Binary α per label: covered by that label or not. Every label of the codebook. */
  alphaByLabel: { labelId: string; alpha: AlphaResult }[];
  /** Nominal α over each article's tokens; `coders` = chosen annotators who coded it. */
  alphaByArticle: { articleId: string; coders: number; alpha: AlphaResult }[];
  /** Every pair of chosen annotators, in report order. */
  pairs: PairAgreement[];
  attributes: AttributeAgreement;
}

/** The versions' attributes a curator chooses among (and a gold annotation gets). */
export interface SpanAttributes {
  labelId: string;
  target: string | null;
  voice: Voice;
  valence: number;
}
