import type { CanonicalIndex } from './canonical-term';
import type {
  LabelRef,
  SummaryAnnotation,
  SummaryArticle,
  SummaryFilter,
  SummaryInput,
  TargetRef,
  VoiceCounts,
} from './summary-types';

/** Running totals of one outlet over the included articles and counted annotations. */
export interface OutletAccumulator {
  outletId: string;
  outletName: string;
  /** Creation order: the column of this outlet in `SummaryData.cells`. */
  slot: number;
  articles: number;
  words: number;
  annotations: number;
  /** By label id index (`SummaryData.labelIds`); may be shorter than the list (missing = 0). */
  labelCounts: number[];
  /** By term id (`SummaryData.terms`); may be shorter than the list (missing = 0). */
  termCounts: number[];
}

/** Counted annotations of one target in one outlet: counts by voice, and valence. */
export interface TargetOutletCell {
  /** Indexed by term id; a hole for a term not used here (sparse arrays are hash tables). */
  terms: VoiceCounts[];
  valenceSum: number;
  valenceN: number;
}

export interface IncludedArticle {
  article: SummaryArticle;
  outlet: OutletAccumulator;
}

/**
 * The filtered, aggregated corpus every table is derived from. `SummaryBuilder` builds it in one
 * pass over the annotations; the table functions only read it. Terms, labels and targets are
 * interned to small integers so the pass does a handful of hash lookups per annotation and the
 * rest is array arithmetic.
 */
export interface SummaryData {
  input: SummaryInput;
  filter: SummaryFilter;
  index: CanonicalIndex;
  /** Outlets that pass the outlet filter, by name. */
  outlets: OutletAccumulator[];
  /** Labels the rate tables have a column for: the filtered ones, else the codebook's. */
  labels: LabelRef[];
  /** Every label id seen, by index (`OutletAccumulator.labelCounts`). */
  labelIds: string[];
  /** Targets that occur in counted annotations: codebook order, unknown ids, then null. */
  targets: TargetRef[];
  /** cells[target slot][outlet slot]; `targetSlots` maps a target id (or null) to its slot. */
  cells: (TargetOutletCell | undefined)[][];
  targetSlots: Map<string | null, number>;
  /** Canonical terms by term id. */
  terms: string[];
  /** Counted annotations per term id over all included outlets. */
  termTotals: number[];
  /** Each term id's position in `compareText` order of the terms, for cheap tie-breaking. */
  termRanks: Int32Array;
  totals: { articles: number; words: number; annotations: number };
  /** Included articles by id. */
  articles: Map<string, IncludedArticle>;
  /** The article an annotation counts toward, or undefined when it does not count. */
  countedIn: (annotation: SummaryAnnotation) => IncludedArticle | undefined;
}

export const NO_TARGET_NAME = 'No target';

/** The cell of a target × outlet, if any annotation counted there. */
export function cellOf(
  data: SummaryData,
  targetId: string | null,
  outlet: OutletAccumulator,
): TargetOutletCell | undefined {
  const slot = data.targetSlots.get(targetId);
  return slot === undefined ? undefined : data.cells[slot]?.[outlet.slot];
}

/** An outlet's count of a label id (0 when never seen). */
export function labelCount(data: SummaryData, outlet: OutletAccumulator, labelId: string): number {
  const slot = data.labelIds.indexOf(labelId);
  return slot < 0 ? 0 : (outlet.labelCounts[slot] ?? 0);
}

/** count / words × 1000, or null when there are no words to divide by. */
export function ratePer1000(count: number, words: number): number | null {
  return words > 0 ? (count / words) * 1000 : null;
}
