import { describe, expect, test } from 'vitest';
import { heatmapRows, outletTermHeatmap } from '../../../../src/domain/summary/outlet-term-heatmap';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import type { SummaryFilter } from '../../../../src/domain/summary/summary-types';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

function heatmap(filter: SummaryFilter = {}) {
  return outletTermHeatmap(prepareSummary(fixtureInput(), filter));
}

function cellOf(map: ReturnType<typeof heatmap>, outletName: string, term: string) {
  const i = map.outlets.findIndex((outlet) => outlet.outletName === outletName);
  const j = map.terms.findIndex((entry) => entry.term === term);
  return { count: map.counts[i]?.[j], rate: map.rates[i]?.[j] };
}

describe('outletTermHeatmap', () => {
  const map = heatmap();

  test('terms by corpus count, then alphabetically', () => {
    // militant: Y7, T5, T6, R11, R13 = 5; fighter: Y1, Y9, N1, N3 = 4; terrorist: N7, R1, R6,
    // R9 = 4; then the 3s and 2s.
    expect(map.terms.slice(0, 12)).toEqual([
      { term: 'militant', total: 5 },
      { term: 'fighter', total: 4 },
      { term: 'terrorist', total: 4 },
      { term: 'terrorist group', total: 3 }, // T11 R3 R14
      { term: 'terrorist organization', total: 3 }, // Y10 T10 N9
      { term: 'UK-based', total: 3 }, // Y4 T4 N5
      { term: 'aggression', total: 2 }, // L8 T12
      { term: 'Assad regime', total: 2 }, // L11 Y13
      { term: 'commando unit', total: 2 }, // L2 L12
      { term: 'rebel factions', total: 2 }, // Y12 N10
      { term: 'regime forces', total: 2 }, // L15 N11
      { term: 'seized', total: 2 }, // Y3 T7
    ]);
    // 11 (Levant24) + 10 new in Yalla + 4 new in Tasnim + 4 new in The New Arab + 5 new in RT.
    expect(map.terms).toHaveLength(34);
    expect(map.terms.reduce((sum, entry) => sum + entry.total, 0)).toBe(56);
  });

  test('counts and rates per 1,000 words', () => {
    // RT "terrorist": R1, R6, R9 → 3 / 416 × 1000 = 7.211538…
    expect(cellOf(map, 'RT', 'terrorist').count).toBe(3);
    expect(cellOf(map, 'RT', 'terrorist').rate).toBeCloseTo(7.211538, 5);
    // Tasnim "militant": T5, T6 → 2 / 377 × 1000 = 5.305040…
    expect(cellOf(map, 'Tasnim News Agency', 'militant').rate).toBeCloseTo(5.30504, 5);
    // The New Arab "UK-based" (written "Britain-based"): 1 / 572 × 1000 = 1.748251…
    expect(cellOf(map, 'The New Arab', 'UK-based').rate).toBeCloseTo(1.748252, 5);
    // Levant24 never says "UK-based": 0 / 448 × 1000 = 0.
    expect(cellOf(map, 'Levant24', 'UK-based')).toEqual({ count: 0, rate: 0 });
  });

  test('an outlet without words has null rates', () => {
    const filtered = heatmap({ dateFrom: '2024-10' });
    expect(cellOf(filtered, 'Levant24', 'militant')).toEqual({ count: 0, rate: null });
  });

  test('heatmapRows: long format, zeros only on request', () => {
    // Distinct terms per outlet: 11 + 8 + 9 + 9 + 11 = 48 non-zero cells; 5 × 34 = 170 in all.
    expect(heatmapRows(map)).toHaveLength(48);
    expect(heatmapRows(map, { includeZeros: true })).toHaveLength(170);
    expect(
      heatmapRows(map).find((row) => row.outletName === 'RT' && row.term === 'terrorist'),
    ).toEqual({
      outletId: 'out-rt',
      outletName: 'RT',
      words: 416,
      term: 'terrorist',
      count: 3,
      ratePer1000: 3000 / 416,
    });
  });
});
