import { ratePer1000, type SummaryData } from './prepare-summary';
import type { OutletRef } from './summary-types';

export interface HeatmapOutlet extends OutletRef {
  words: number;
}

export interface OutletTermHeatmap {
  outlets: HeatmapOutlet[];
  /** Every canonical term counted, by corpus count (descending), then term. */
  terms: { term: string; total: number }[];
  /** counts[outlet][term], indexes as in `outlets` and `terms`. */
  counts: number[][];
  /** rates[outlet][term] per 1,000 words of the outlet; null for an outlet without words. */
  rates: (number | null)[][];
}

/** Term ids by corpus count (descending), then term. */
export function termIdsByCount(data: SummaryData): number[] {
  return data.terms
    .map((_, id) => id)
    .sort(
      (a, b) =>
        (data.termTotals[b] ?? 0) - (data.termTotals[a] ?? 0) ||
        (data.termRanks[a] ?? 0) - (data.termRanks[b] ?? 0),
    );
}

/** Outlet × canonical term counts and rates per 1,000 words. */
export function outletTermHeatmap(data: SummaryData): OutletTermHeatmap {
  const order = termIdsByCount(data);
  const terms = order.map((id) => ({
    term: data.terms[id] ?? '',
    total: data.termTotals[id] ?? 0,
  }));
  const outlets = data.outlets.map(({ outletId, outletName, words }) => ({
    outletId,
    outletName,
    words,
  }));
  const counts = data.outlets.map((outlet) => order.map((id) => outlet.termCounts[id] ?? 0));
  const rates = data.outlets.map((outlet, i) =>
    (counts[i] ?? []).map((count) => ratePer1000(count, outlet.words)),
  );
  return { outlets, terms, counts, rates };
}

export interface HeatmapRow extends OutletRef {
  words: number;
  term: string;
  count: number;
  ratePer1000: number | null;
}

/**
 * Long-format rows (outlet, term, count, rate). Zero cells are left out unless `includeZeros`:
 * a corpus with many outlets and terms is mostly zeros.
 */
export function heatmapRows(
  heatmap: OutletTermHeatmap,
  options: { includeZeros?: boolean } = {},
): HeatmapRow[] {
  const rows: HeatmapRow[] = [];
  heatmap.outlets.forEach((outlet, i) => {
    heatmap.terms.forEach(({ term }, j) => {
      const count = heatmap.counts[i]?.[j] ?? 0;
      if (count === 0 && !options.includeZeros) return;
      rows.push({ ...outlet, term, count, ratePer1000: heatmap.rates[i]?.[j] ?? null });
    });
  });
  return rows;
}
