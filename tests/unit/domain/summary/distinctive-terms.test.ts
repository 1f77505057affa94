import { describe, expect, test } from 'vitest';
import {
  distinctiveTermRows,
  distinctiveTerms,
  weightedLogOdds,
} from '../../../../src/domain/summary/distinctive-terms';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import type { SummaryFilter } from '../../../../src/domain/summary/summary-types';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

function distinctive(filter: SummaryFilter = {}, a0?: number) {
  const data = prepareSummary(fixtureInput(), filter);
  return distinctiveTerms(data, a0 === undefined ? {} : { a0 });
}

function termIn(outlets: ReturnType<typeof distinctive>, outletName: string, term: string) {
  const found = outlets
    .find((outlet) => outlet.outletName === outletName)
    ?.terms.find((entry) => entry.term === term);
  if (!found) throw new Error(`${term} not scored for ${outletName}`);
  return found;
}

// Formula (Monroe, Colaresi & Quinn 2008, §3.5):
//   δ = ln((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α_0 − y_j − α_w))
//   σ² = 1/(y_i + α_w) + 1/(y_j + α_w),   z = δ / σ
// Corpus: N = 56 counted annotations; default prior α_0 = N = 56 and α_w = corpus count of w.

describe('distinctiveTerms — hand-computed values (default prior α_w = corpus count)', () => {
  const outlets = distinctive();

  test('"terrorist" in RT against the other four outlets', () => {
    // y_i = 3 (R1 R6 R9), n_i = 12; y_j = 1 (N7), n_j = 56 − 12 = 44; α_w = 4, α_0 = 56.
    // δ = ln((3 + 4) / (12 + 56 − 3 − 4)) − ln((1 + 4) / (44 + 56 − 1 − 4))
    //   = ln(7 / 61) − ln(5 / 95) = −2.164964 − (−2.944439) = 0.779475
    // σ² = 1/7 + 1/5 = 0.142857 + 0.2 = 0.342857;  σ = 0.585540
    // z = 0.779475 / 0.585540 = 1.331208
    const entry = termIn(outlets, 'RT', 'terrorist');
    expect(entry).toMatchObject({ count: 3, otherCount: 1, corpusCount: 4, alpha: 4 });
    expect(entry.delta).toBeCloseTo(0.779475, 5);
    expect(entry.variance).toBeCloseTo(0.342857, 5);
    expect(entry.z).toBeCloseTo(1.331208, 4);
  });

  test('"militant" in Tasnim', () => {
    // y_i = 2 (T5 T6), n_i = 10; y_j = 3 (Y7 R11 R13), n_j = 46; α_w = 5, α_0 = 56.
    // δ = ln((2 + 5) / (10 + 56 − 2 − 5)) − ln((3 + 5) / (46 + 56 − 3 − 5))
    //   = ln(7 / 59) − ln(8 / 94) = −2.131627 − (−2.463853) = 0.332226
    // σ² = 1/7 + 1/8 = 0.267857;  σ = 0.517549;  z = 0.332226 / 0.517549 = 0.641922
    const entry = termIn(outlets, 'Tasnim News Agency', 'militant');
    expect(entry.delta).toBeCloseTo(0.332226, 5);
    expect(entry.variance).toBeCloseTo(0.267857, 5);
    expect(entry.z).toBeCloseTo(0.641922, 4);
  });

  test('"commando unit" in Levant24 (used nowhere else)', () => {
    // y_i = 2, n_i = 12; y_j = 0, n_j = 44; α_w = 2.
    // δ = ln(4 / (12 + 56 − 2 − 2)) − ln(2 / (44 + 56 − 0 − 2)) = ln(4/64) − ln(2/98)
    //   = ln(49/16) = 1.119232
    // σ² = 1/4 + 1/2 = 0.75;  z = 1.119232 / 0.866025 = 1.292377
    const entry = termIn(outlets, 'Levant24', 'commando unit');
    expect(entry.delta).toBeCloseTo(1.119232, 5);
    expect(entry.variance).toBe(0.75);
    expect(entry.z).toBeCloseTo(1.292377, 4);
  });

  test('a term the outlet never uses scores negative: "fighter" in RT', () => {
    // y_i = 0, n_i = 12; y_j = 4, n_j = 44; α_w = 4.
    // δ = ln(4 / (12 + 56 − 0 − 4)) − ln(8 / (44 + 56 − 4 − 4)) = ln(4/64) − ln(8/92)
    //   = −2.772589 − (−2.442347) = −0.330242
    // σ² = 1/4 + 1/8 = 0.375;  z = −0.330242 / 0.612372 = −0.539283
    const entry = termIn(outlets, 'RT', 'fighter');
    expect(entry.count).toBe(0);
    expect(entry.delta).toBeCloseTo(-0.330242, 5);
    expect(entry.z).toBeCloseTo(-0.539283, 4);
  });

  test('RT’s list is sorted by z: terrorist, terrorist group, then the single-use terms', () => {
    // "terrorist group": y_i = 2, y_j = 1, α = 3: δ = ln(5/63) − ln(4/96) = 0.644357,
    //   σ² = 1/5 + 1/4 = 0.45, z = 0.960553.
    // A term used once, only by RT (α = 1): δ = ln(2/66) − ln(1/99) = ln 3 = 1.098612,
    //   σ² = 1/2 + 1/1 = 1.5, z = 0.897013 — five of them, tied, in alphabetical order.
    // "militant": y_i = 2, y_j = 3, α = 5: δ = ln(7/61) − ln(8/92) = 0.277383, z = 0.535955.
    const rt = outlets.find((outlet) => outlet.outletName === 'RT');
    expect(rt?.tokens).toBe(12);
    expect(rt?.otherTokens).toBe(44);
    expect(rt?.terms.slice(0, 8).map((entry) => entry.term)).toEqual([
      'terrorist',
      'terrorist group',
      'admitted',
      'eliminated',
      'foreign terrorists',
      'islamic terrorists',
      'offshoot of',
      'militant',
    ]);
    expect(rt?.terms[1]?.z).toBeCloseTo(0.960553, 4);
    expect(rt?.terms[2]?.z).toBeCloseTo(0.897013, 4);
    expect(rt?.terms[7]?.z).toBeCloseTo(0.535955, 4);
    // Every corpus term is scored for every outlet with annotations.
    expect(outlets.every((outlet) => outlet.terms.length === 34)).toBe(true);
  });
});

describe('distinctiveTerms — prior scaling and edge cases', () => {
  test('a0 scales the prior: α_w = a0 × c_w / N', () => {
    // a0 = 10: α_w = 10 × 4 / 56 = 0.714286 for "terrorist"; α_0 = 10.
    // δ = ln(3.714286 / (12 + 10 − 3 − 0.714286)) − ln(1.714286 / (44 + 10 − 1 − 0.714286))
    //   = ln(26/128) − ln(12/366) = −1.593934 − (−3.417727) = 1.823793
    // σ² = 7/26 + 7/12 = 0.852564;  z = 1.823793 / 0.923344 = 1.975210
    const entry = termIn(distinctive({}, 10), 'RT', 'terrorist');
    expect(entry.alpha).toBeCloseTo(0.714286, 5);
    expect(entry.delta).toBeCloseTo(1.823793, 5);
    expect(entry.variance).toBeCloseTo(0.852564, 5);
    expect(entry.z).toBeCloseTo(1.97521, 4);
  });

  test('a0 must be positive', () => {
    expect(() => distinctive({}, 0)).toThrow(RangeError);
    expect(() => distinctive({}, -1)).toThrow(RangeError);
  });

  test('an outlet with nothing counted has an empty list; filters change the corpus', () => {
    const attributed = distinctive({ voices: ['attributed'] });
    // Levant24 and RT have no attributed annotations.
    expect(attributed.find((o) => o.outletName === 'Levant24')?.terms).toEqual([]);
    // Attributed corpus N = 6: Y7 militant, Y10 + T10 + N9 terrorist organization,
    // T11 terrorist group, N7 terrorist. Tasnim: "terrorist group" y_i = 1, n_i = 2, y_j = 0,
    // n_j = 4, α = 1, α_0 = 6: δ = ln(2 / (2 + 6 − 1 − 1)) − ln(1 / (4 + 6 − 0 − 1))
    //   = ln(2/6) − ln(1/9) = ln 3 = 1.098612;  σ² = 1/2 + 1/1 = 1.5;  z = 0.897013
    const entry = termIn(attributed, 'Tasnim News Agency', 'terrorist group');
    expect(entry.delta).toBeCloseTo(Math.log(3), 10);
    expect(entry.z).toBeCloseTo(0.897013, 5);
  });

  test('weightedLogOdds is null where the logs are undefined, 0 for identical groups', () => {
    // A single-term corpus: n_i + α_0 − y_i − α_w = 1 + 1 − 1 − 1 = 0.
    expect(weightedLogOdds(1, 1, 0, 0, 1, 1)).toBeNull();
    expect(weightedLogOdds(1, 2, 1, 2, 0, 0)).toBeNull();
    const same = weightedLogOdds(3, 10, 3, 10, 6, 20);
    expect(same?.delta).toBe(0);
    expect(same?.z).toBe(0);
  });

  test('distinctiveTermRows flattens outlet × term', () => {
    const rows = distinctiveTermRows(distinctive());
    expect(rows).toHaveLength(5 * 34);
    expect(rows[0]).toMatchObject({ outletName: 'Levant24', term: 'commando unit', tokens: 12 });
  });
});
