import { cellOf, type SummaryData } from './prepare-summary';
import type { OutletRef, TargetRef, TermVoiceCounts } from './summary-types';

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
  const { termRanks } = data;
  const termCount = termRanks.length;
  const idByRank = new Int32Array(termCount);
  termRanks.forEach((rank, id) => {
    idByRank[rank] = id;
  });
  const cells: NamingCell[] = [];
  for (const target of data.targets) {
    for (const outlet of data.outlets) {
      const cell = cellOf(data, target.targetId, outlet);
      if (!cell) continue;
      // Count descending, then term, as one number per term: (max − count) × terms + rank.
      // A typed array sorts numbers natively, with no comparator call per comparison.
      let maxTotal = 0;
      cell.terms.forEach((counts) => {
        if (counts.total > maxTotal) maxTotal = counts.total;
      });
      const keys: number[] = [];
      cell.terms.forEach((counts, termId) => {
        keys.push((maxTotal - counts.total) * termCount + (termRanks[termId] ?? 0));
      });
      let total = 0;
      const terms = Array.from(Float64Array.from(keys).sort(), (key) => {
        const termId = idByRank[key % termCount] ?? 0;
        const counts = cell.terms[termId] ?? { own: 0, quoted: 0, attributed: 0, total: 0 };
        total += counts.total;
        const { own, quoted, attributed } = counts;
        return { term: data.terms[termId] ?? '', own, quoted, attributed, total: counts.total };
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
