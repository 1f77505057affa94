import { describe, expect, it } from 'vitest';
import { alphaOfUnits } from '../../../src/domain/agreement/krippendorff';

const reasons = {
  noUnits: 'No two annotators coded the same article.',
  sameValue: (value: number) => `Every value is the same: ${value}.`,
};

/** Units × observers from observer rows; null = missing ("." in the paper). */
function unitsOf(rows: (number | null)[][]): (number | null)[][] {
  return rows[0]!.map((_, unit) => rows.map((row) => row[unit]!));
}

describe("Krippendorff's α", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units.
  const _ = null;
  const paper = unitsOf([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ]);

  it('reproduces the paper’s nominal example: α = 0.743', () => {
    // Unit 12 has one value and is dropped: 11 units, n = 3+4+4+4+4+4+4+4+4+3+2 = 40.
    // n_c: 1 → 9, 2 → 13, 3 → 10, 4 → 5, 5 → 3; Σ n_c² = 81+169+100+25+9 = 384.
    // Off-diagonal coincidences: unit 2 (2,2,3,2): 6 ordered pairs differ / (4−1) = 2;
    // unit 6 (1,2,3,4): 12 / 3 = 4; unit 8 (1,1,2,1): 6 / 3 = 2; total 8.
    // D_o = 8/40 = 0.2; D_e = (40² − 384) / (40·39) = 1216/1560; α = 1 − 39·8/1216 = 0.7434.
    const alpha = alphaOfUnits(paper, 'nominal', reasons);
    expect(alpha.value!.toFixed(3)).toBe('0.743');
    expect(alpha.value).toBeCloseTo(1 - (39 * 8) / 1216, 12);
    expect(alpha.n).toBe(40);
    expect(alpha.units).toBe(11);
    expect(alpha.observedDisagreement).toBeCloseTo(0.2, 12);
    expect(alpha.expectedDisagreement).toBeCloseTo(1216 / 1560, 12);
  });

  it('reproduces the paper’s interval example: α = 0.849', () => {
    // δ² = (c − k)². Unit 2: three pairs differ by 1 → 6 ordered · 1 / 3 = 2;
    // unit 6 (1,2,3,4): unordered squares 1+4+9+1+4+1 = 20 → 40 / 3; unit 8: 6 / 3 = 2.
    // n·D_o = 2 + 40/3 + 2 = 52/3. Σ n_c·c = 9+26+30+20+15 = 100, Σ n_c·c² = 9+52+90+80+75 = 306;
    // Σ_c Σ_k n_c n_k (c−k)² = 2(40·306 − 100²) = 4480. α = 1 − 39·(52/3)/4480 = 1 − 676/4480.
    const alpha = alphaOfUnits(paper, 'interval', reasons);
    expect(alpha.value!.toFixed(3)).toBe('0.849');
    expect(alpha.value).toBeCloseTo(1 - 676 / 4480, 12);
    expect(alpha.n).toBe(40);
  });

  it('gives 1 for perfect agreement, also with missing values', () => {
    const units = [
      [1, 1, null],
      [2, 2, 2],
      [3, null, 3],
    ];
    expect(alphaOfUnits(units, 'nominal', reasons).value).toBe(1);
    expect(alphaOfUnits(units, 'interval', reasons).value).toBe(1);
  });

  it('is undefined, with the reason, when every value is the same', () => {
    const alpha = alphaOfUnits(
      [
        [4, 4],
        [4, 4, 4],
      ],
      'nominal',
      reasons,
    );
    expect(alpha.value).toBeNull();
    expect(alpha.reason).toBe('Every value is the same: 4.');
    expect(alpha.n).toBe(5);
    expect(alpha.expectedDisagreement).toBe(0);
    expect(alphaOfUnits([[-1, -1]], 'interval', reasons).reason).toBe(
      'Every value is the same: -1.',
    );
  });

  it('is undefined when no unit has two values (units with one value are dropped)', () => {
    const alpha = alphaOfUnits([[1, null], [null, 2], [3]], 'nominal', reasons);
    expect(alpha).toMatchObject({ value: null, reason: reasons.noUnits, n: 0, units: 0 });
    expect(alpha.observedDisagreement).toBeNull();
  });
});
