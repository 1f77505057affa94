import { cellOf, type SummaryData } from './prepare-summary';
import type { OutletRef, TargetRef, TermVoiceCounts, VoiceCounts } from './summary-types';

export interface NamingCell extends TargetRef, OutletRef {
  /** Counted annotations of this target in this outlet. */
  total: number;
  /** Canonical terms by count (descending), then term. */
  terms: TermVoiceCounts[];
}

/**
 * For each target × outlet with counted annotations: the canonical terms used, with counts split
 * by voice. Cells come in target order (codebook, unknown ids, "no target" last), then by outlet.
 */
export function namingTable(data: SummaryData): NamingCell[] {
  const cells: NamingCell[] = [];
  for (const target of data.targets) {
    for (const outlet of data.outlets) {
      const cell = cellOf(data, target.targetId, outlet);
      if (!cell) continue;
      const entries: [number, VoiceCounts][] = [];
      cell.terms.forEach((counts, termId) => entries.push([termId, counts]));
      entries.sort(
        ([termA, a], [termB, b]) =>
          b.total - a.total || (data.termRanks[termA] ?? 0) - (data.termRanks[termB] ?? 0),
      );
      let total = 0;
      const terms = entries.map(([termId, counts]) => {
        total += counts.total;
        return { term: data.terms[termId] ?? '', ...counts };
      });
      cells.push({
        ...target,
        outletId: outlet.outletId,
        outletName: outlet.outletName,
        total,
        terms,
      });
    }
  }
  return cells;
}

export interface NamingRow extends TargetRef, OutletRef, TermVoiceCounts {}

/** One row per target × outlet × term, for tables and CSV. */
export function namingTableRows(cells: readonly NamingCell[]): NamingRow[] {
  return cells.flatMap((cell) =>
    cell.terms.map((term) => ({
      targetId: cell.targetId,
      targetName: cell.targetName,
      outletId: cell.outletId,
      outletName: cell.outletName,
      ...term,
    })),
  );
}
