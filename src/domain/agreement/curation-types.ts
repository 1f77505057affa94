import type { SpanAttributes } from './agreement-types';

/** A curation: one person turning several annotators' spans into one gold set. */
export interface CurationRecord {
  id: string;
  curatorName: string;
  /** The annotator the gold annotations are written under ("Gold — curated by NAME"). */
  goldAnnotatorId: string;
  /** Whose spans are curated, and on which articles (fixed when the curation starts). */
  annotatorIds: string[];
  articleIds: string[];
  createdAt: string;
  updatedAt: string;
}

export type CurationOutcome = 'accepted' | 'rejected';

export interface CurationDecision {
  groupKey: string;
  articleId: string;
  outcome: CurationOutcome;
  /** The gold annotation written for an accepted group; null when rejected. */
  annotationId: string | null;
}

export type CurationStepKind = 'accept' | 'edit' | 'reject' | 'accept-agreed';

/**
 * One undoable step: a single decision, or "accept every group where at least k of n agree"
 * (many decisions, undone together). Stored with seq 1, 2, … per curation.
 */
export interface CurationStep {
  curationId: string;
  seq: number;
  at: string;
  kind: CurationStepKind;
  decisions: CurationDecision[];
}

/** One annotator's span in a group. */
export interface CurationVote extends SpanAttributes {
  annotationId: string;
  annotatorId: string;
  start: number;
  end: number;
  exact: string;
  note: string;
}

/**
 * A distinct choice within a group: the same label, target, voice and valence. Its extent is
 * the one most of its voters chose (ties: earlier start, then longer); its note is the note of
 * the vote with that extent (first non-empty).
 */
export interface CurationVersion extends SpanAttributes {
  start: number;
  end: number;
  exact: string;
  note: string;
  /** Distinct annotators who voted for it, and their annotations. */
  voters: string[];
  annotationIds: string[];
}

/**
 * Spans of the chosen annotators on one article that overlap, directly or through each other
 * (whatever their labels). `key` names the group by its members, so it stays the same while
 * their annotations do.
 */
export interface CurationGroup {
  key: string;
  articleId: string;
  /** From the first member's start to the last member's end. */
  start: number;
  end: number;
  votes: CurationVote[];
  /** Most voters first; ties: earlier start, then label order. */
  versions: CurationVersion[];
  /** n: chosen annotators who coded the article. */
  coders: number;
}
