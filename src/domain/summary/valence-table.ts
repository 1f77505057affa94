import { cellOf, type SummaryData } from './prepare-summary';
import type { OutletRef, TargetRef } from './summary-types';

export interface ValenceCell extends TargetRef, OutletRef {
  /** Annotations averaged (those with a finite valence). */
  n: number;
  /** Mean valence, -2 (hostile) … +2 (sympathetic); null when n = 0. */
  mean: number | null;
}

/**
 * Mean valence per target × outlet, with n. Rows come in target order, then by outlet; they are
 * already flat, so they serve as table and CSV rows as they are.
 */
export function valenceTable(data: SummaryData): ValenceCell[] {
  const rows: ValenceCell[] = [];
  for (const target of data.targets) {
    for (const outlet of data.outlets) {
      const cell = cellOf(data, target.targetId, outlet);
      if (!cell) continue;
      rows.push({
        ...target,
        outletId: outlet.outletId,
        outletName: outlet.outletName,
        n: cell.valenceN,
        mean: cell.valenceN > 0 ? cell.valenceSum / cell.valenceN : null,
      });
    }
  }
  return rows;
}
