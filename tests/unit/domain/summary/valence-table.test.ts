import { describe, expect, test } from 'vitest';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import type { SummaryFilter } from '../../../../src/domain/summary/summary-types';
import { valenceTable } from '../../../../src/domain/summary/valence-table';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

function valence(filter: SummaryFilter = {}) {
  return valenceTable(prepareSummary(fixtureInput(), filter));
}

function find(rows: ReturnType<typeof valence>, targetId: string | null, outletName: string) {
  return rows.find((row) => row.targetId === targetId && row.outletName === outletName);
}

describe('valenceTable', () => {
  const rows = valence();

  test('mean valence toward HTS per outlet, with n (all labels)', () => {
    // Levant24: L2 +1, L3 +1, L4 +1, L5 +1, L6 +1, L12 +1, L13 0 → 6 / 7 = 0.857142…
    expect(find(rows, 'hts', 'Levant24')?.n).toBe(7);
    expect(find(rows, 'hts', 'Levant24')?.mean).toBeCloseTo(0.857143, 5);
    // Yalla: Y1 0, Y2 0, Y3 −1, Y5 0, Y6 −2, Y7 −1, Y9 0, Y10 −2, Y12 0 → −6 / 9 = −0.666666…
    expect(find(rows, 'hts', 'Yalla TV')?.n).toBe(9);
    expect(find(rows, 'hts', 'Yalla TV')?.mean).toBeCloseTo(-0.666667, 5);
    // Tasnim: T1 −2, T2 −1, T3 −1, T5 −1, T6 −1, T7 −1, T10 −2, T11 −2 → −11 / 8 = −1.375
    expect(find(rows, 'hts', 'Tasnim News Agency')).toMatchObject({ n: 8, mean: -1.375 });
    // The New Arab: N1 0, N2 −1, N3 0, N9 −2, N10 0 → −3 / 5 = −0.6
    expect(find(rows, 'hts', 'The New Arab')?.n).toBe(5);
    expect(find(rows, 'hts', 'The New Arab')?.mean).toBeCloseTo(-0.6, 10);
    // RT: eight −2 (R1 R3 R5 R6 R7 R9 R12 R14) and three −1 (R4 R11 R13) → −19 / 11 = −1.727272…
    expect(find(rows, 'hts', 'RT')?.n).toBe(11);
    expect(find(rows, 'hts', 'RT')?.mean).toBeCloseTo(-1.727273, 5);
  });

  test('toward the Syrian government; the deleted L14 is not in n', () => {
    // Levant24: L1 −2, L8 −2, L10 +2, L11 −2, L15 −1 → −5 / 5 = −1 (with L14 it would be n = 6).
    expect(find(rows, 'syrian-government', 'Levant24')).toMatchObject({ n: 5, mean: -1 });
    // The New Arab: N4 0, N6 −2, N11 −1 → −3 / 3 = −1
    expect(find(rows, 'syrian-government', 'The New Arab')).toMatchObject({ n: 3, mean: -1 });
    expect(find(rows, 'syrian-government', 'Yalla TV')).toMatchObject({ n: 1, mean: -2 });
    expect(find(rows, 'syrian-government', 'RT')).toMatchObject({ n: 1, mean: -1 });
  });

  test('rows in target order, "no target" last', () => {
    expect(rows.map((row) => `${row.targetId ?? '∅'}/${row.outletName}/${row.n}`)).toEqual([
      'hts/Levant24/7',
      'hts/RT/11',
      'hts/Tasnim News Agency/8',
      'hts/The New Arab/5',
      'hts/Yalla TV/9',
      'syrian-government/Levant24/5',
      'syrian-government/RT/1',
      'syrian-government/The New Arab/3',
      'syrian-government/Yalla TV/1',
      'civilians/Yalla TV/1', // Y8 +1
      'monitors-media/Tasnim News Agency/1', // T4 −1
      'monitors-media/The New Arab/1', // N5 −1
      'monitors-media/Yalla TV/1', // Y4 −1
      '∅/Tasnim News Agency/1', // T12 −2
      '∅/The New Arab/1', // N7 −2
    ]);
    // 7 + 11 + 8 + 5 + 9 + 5 + 1 + 3 + 1 + 1 + 3 + 2 = 56 counted annotations.
    expect(rows.reduce((sum, row) => sum + row.n, 0)).toBe(56);
  });

  test('filters change the means: bob only', () => {
    const bob = valence({ annotatorIds: ['bob'] });
    // Levant24 HTS: L12 +1, L13 0 → 1 / 2 = 0.5
    expect(find(bob, 'hts', 'Levant24')).toMatchObject({ n: 2, mean: 0.5 });
    // RT HTS: R6 −2, R7 −2, R12 −2, R13 −1 → −7 / 4 = −1.75
    expect(find(bob, 'hts', 'RT')).toMatchObject({ n: 4, mean: -1.75 });
  });
});
