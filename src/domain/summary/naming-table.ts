import type { SummaryData } from './prepare-summary';
import type { OutletRef, TargetRef, TermVoiceCounts } from './summary-types';

export interface NamingCell extends TargetRef, OutletRef {
  /** Counted annotations of this target in this outlet. */
  total: number;
  /** Canonical terms by count (descending), then term. */
  terms: TermVoiceCounts[];
}

/** Sorts by total (descending), then term (`compareText` order, through the ranks). */
export function byCountThenTerm(
  termRank: ReadonlyMap<string, number>,
): (a: { term: string; total: number }, b: { term: string; total: number }) => number {
  return (a, b) => b.total - a.total || (termRank.get(a.term) ?? 0) - (termRank.get(b.term) ?? 0);
}

/**
 * For each target × outlet with counted annotations: the canonical terms used, with counts split
 * by voice. Cells come in target order (codebook, unknown ids, "no target" last), then by outlet.
 */
export function namingTable(data: SummaryData): NamingCell[] {
  const cells: NamingCell[] = [];
  const order = byCountThenTerm(data.termRank);
  for (const target of data.targets) {
    const byOutlet = data.cells.get(target.targetId);
    if (!byOutlet) continue;
    for (const outlet of data.outlets) {
      const cell = byOutlet.get(outlet.outletId);
      if (!cell) continue;
      const terms: TermVoiceCounts[] = [];
      let total = 0;
      for (const [term, counts] of cell.terms) {
        terms.push({ term, ...counts });
        total += counts.total;
      }
      terms.sort(order);
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
