import { describe, expect, test } from 'vitest';
import { compareOutlets } from '../../../../src/domain/summary/compare-outlets';
import { computeSummary } from '../../../../src/domain/summary/compute-summary';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

describe('compareOutlets', () => {
  const summary = computeSummary(fixtureInput());
  const comparison = compareOutlets(summary, 'out-levant24', 'out-rt');

  test('both outlets’ totals', () => {
    expect(comparison.a).toMatchObject({ outletName: 'Levant24', words: 448, annotations: 12 });
    expect(comparison.b).toMatchObject({ outletName: 'RT', words: 416, annotations: 12 });
  });

  test('rates per label side by side', () => {
    const actor = comparison.labels.find((label) => label.labelId === 'actor-label');
    // Levant24 6 / 448 × 1000 = 13.392857…; RT 9 / 416 × 1000 = 21.634615…
    expect(actor?.a.count).toBe(6);
    expect(actor?.b.count).toBe(9);
    expect(actor?.a.ratePer1000).toBeCloseTo(13.392857, 5);
    expect(actor?.b.ratePer1000).toBeCloseTo(21.634615, 5);
    expect(comparison.labels.map((label) => label.labelId)).toEqual(
      summary.labels.map((l) => l.labelId),
    );
  });

  test('per target: the terms each outlet uses and its mean valence', () => {
    // Only HTS and the government are written about by either outlet.
    expect(comparison.targets.map((target) => target.targetId)).toEqual([
      'hts',
      'syrian-government',
    ]);
    const [hts, government] = comparison.targets;
    // Levant24 HTS: 7 annotations, 6 / 7 = 0.857142…; RT HTS: 11, −19 / 11 = −1.727272…
    expect(hts?.a.total).toBe(7);
    expect(hts?.a.terms[0]).toMatchObject({ term: 'commando unit', own: 2, total: 2 });
    expect(hts?.a.valence.mean).toBeCloseTo(0.857143, 5);
    expect(hts?.b.total).toBe(11);
    expect(hts?.b.terms[0]).toMatchObject({ term: 'terrorist', own: 2, quoted: 1, total: 3 });
    expect(hts?.b.valence.mean).toBeCloseTo(-1.727273, 5);
    // Government: Levant24 n = 5, mean −1; RT only R2 "admitted", −1.
    expect(government?.a.valence).toEqual({ n: 5, mean: -1 });
    expect(government?.b).toEqual({
      total: 1,
      terms: [{ term: 'admitted', own: 1, quoted: 0, attributed: 0, total: 1 }],
      valence: { n: 1, mean: -1 },
    });
  });

  test('a target only one outlet writes about gets an empty side for the other', () => {
    const yallaRt = compareOutlets(summary, 'out-yalla', 'out-rt');
    const civilians = yallaRt.targets.find((target) => target.targetId === 'civilians');
    expect(civilians?.a.total).toBe(1);
    expect(civilians?.b).toEqual({ total: 0, terms: [], valence: { n: 0, mean: null } });
  });

  test('an outlet missing from the summary gives an empty column, not an error', () => {
    const filtered = computeSummary(fixtureInput(), { outletIds: ['out-rt'] });
    const result = compareOutlets(filtered, 'out-rt', 'out-levant24');
    expect(result.b).toMatchObject({ outletName: 'out-levant24', words: 0, ratePer1000: null });
    expect(result.labels.every((label) => label.b.count === 0)).toBe(true);
    expect(result.targets.every((target) => target.b.total === 0)).toBe(true);
  });
});
