import type { Annotation } from '../types';

/*
 * Scoring a student's spans against an answer key: the partial-overlap measure of the
 * propaganda-span task (Da San Martino et al., EMNLP 2019), per article, per label and overall,
 * plus agreement on the attributes of overlap-matched pairs. Only accepted, non-deleted
 * annotations count.
 */

/** The fields scoring reads; full annotations satisfy it. */
export type ScoredSpan = Pick<
  Annotation,
  'id' | 'articleId' | 'start' | 'end' | 'labelId' | 'target' | 'voice' | 'valence'
>;

/** On overlap-matched pairs (one-to-one): how many agree on each attribute. */
export interface AttributeAgreement {
  matchedPairs: number;
  sameTarget: number;
  sameVoice: number;
  /** |student valence − key valence| ≤ 1. */
  valenceWithinOne: number;
}

export interface ScoreRow {
  /** |S| and |T|: the student's and the key's spans counted in this row. */
  studentSpans: number;
  keySpans: number;
  /** Null when undefined: no student spans (precision), no key spans (recall), or both null. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  attributes: AttributeAgreement;
}

export interface StudentScore {
  studentId: string;
  studentName: string;
  overall: ScoreRow;
  /** By article id (every article of the assignment, also those with no spans). */
  byArticle: Record<string, ScoreRow>;
  /** By label id (every label used by the student or the key). */
  byLabel: Record<string, ScoreRow>;
}

export interface ClassScores {
  keyAnnotatorId: string;
  articleIds: string[];
  students: StudentScore[];
}

/** "You vs the key": each span drawn as matched (both), missed (key only) or extra (student only). */
export type ComparisonKind = 'matched' | 'missed' | 'extra';

/** Generic so that callers passing full annotations get them back (the key's note, label). */
export interface ComparedSpan<S extends ScoredSpan = ScoredSpan> {
  kind: ComparisonKind;
  /** The span drawn: the key's for matched and missed, the student's for extra. */
  start: number;
  end: number;
  /** The key's annotation (matched, missed): its label and note are shown. */
  key: S | null;
  /** The student's annotation (matched, extra). */
  student: S | null;
}
