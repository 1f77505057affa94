import { describe, expect, test } from 'vitest';
import { namingTable, namingTableRows } from '../../../../src/domain/summary/naming-table';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import type { SummaryFilter } from '../../../../src/domain/summary/summary-types';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

function naming(filter: SummaryFilter = {}) {
  return namingTable(prepareSummary(fixtureInput(), filter));
}

/** term → [own, quoted, attributed, total] for one target × outlet cell. */
function cell(cells: ReturnType<typeof naming>, targetId: string | null, outletName: string) {
  const found = cells.find((c) => c.targetId === targetId && c.outletName === outletName);
  return found?.terms.map((t) => [t.term, t.own, t.quoted, t.attributed, t.total]);
}

describe('namingTable — how each outlet names HTS (actor labels)', () => {
  const cells = naming({ labelIds: ['actor-label'] });

  test('Levant24: commando', () => {
    // L2 + L12 (two annotators, same words) → "commando unit" own 2; L6 "commandos" → "commando".
    expect(cell(cells, 'hts', 'Levant24')).toEqual([
      ['commando unit', 2, 0, 0, 2],
      ['commando', 1, 0, 0, 1],
    ]);
  });

  test('Yalla TV: fighters, with the military’s "militants" attributed', () => {
    // Y1 + Y9 "fighters" own 2 (Y14 rejected); Y7 "militants" attributed; Y5 "rebel fighters"
    // → "rebel"; Y12 "rebel factions"; Y10 "terrorist organization" attributed.
    expect(cell(cells, 'hts', 'Yalla TV')).toEqual([
      ['fighter', 2, 0, 0, 2],
      ['militant', 0, 0, 1, 1],
      ['rebel', 1, 0, 0, 1],
      ['rebel factions', 1, 0, 0, 1],
      ['terrorist organization', 0, 0, 1, 1],
    ]);
  });

  test('Tasnim: militants, terrorist only when attributed', () => {
    // T5 + T6 "militants" own 2; T1 → "foreign-backed militants"; T2 "militant factions" →
    // "militant groups"; T11 "terrorist groups" and T10 "terrorist organization" attributed.
    expect(cell(cells, 'hts', 'Tasnim News Agency')).toEqual([
      ['militant', 2, 0, 0, 2],
      ['foreign-backed militants', 1, 0, 0, 1],
      ['militant groups', 1, 0, 0, 1],
      ['terrorist group', 0, 0, 1, 1],
      ['terrorist organization', 0, 0, 1, 1],
    ]);
  });

  test('The New Arab: fighters', () => {
    // N1 + N3 "fighters" own 2; N10 "rebel factions"; N9 "terrorist organisation" attributed.
    // (N7 "terrorist" is about Kurdish forces: no target, so not here.)
    expect(cell(cells, 'hts', 'The New Arab')).toEqual([
      ['fighter', 2, 0, 0, 2],
      ['rebel factions', 1, 0, 0, 1],
      ['terrorist organization', 0, 0, 1, 1],
    ]);
  });

  test('RT: terrorist, in its own voice and in the quoted statement', () => {
    // R1 "terrorists" + R9 "terrorist" own, R6 "terrorists" (inside "foreign terrorists")
    // quoted → 2 + 1 = 3; R11 + R13 "militants" own 2; R3 + R14 → "terrorist group" own 2;
    // R5 "foreign terrorists" and R7 "islamic terrorists" quoted.
    expect(cell(cells, 'hts', 'RT')).toEqual([
      ['terrorist', 2, 1, 0, 3],
      ['militant', 2, 0, 0, 2],
      ['terrorist group', 2, 0, 0, 2],
      ['foreign terrorists', 0, 1, 0, 1],
      ['islamic terrorists', 0, 1, 0, 1],
    ]);
  });

  test('the Syrian government: "Assad regime" against "regime forces"', () => {
    // L1, L11, L15 (L14 deleted); Y13 "Assad’s regime" (curly) → "Assad regime".
    expect(cell(cells, 'syrian-government', 'Levant24')).toEqual([
      ['Assad regime', 1, 0, 0, 1],
      ['Assad regime forces', 1, 0, 0, 1],
      ['regime forces', 1, 0, 0, 1],
    ]);
    expect(cell(cells, 'syrian-government', 'Yalla TV')).toEqual([['Assad regime', 1, 0, 0, 1]]);
    expect(cell(cells, 'syrian-government', 'The New Arab')).toEqual([
      ['regime forces', 0, 1, 0, 1],
    ]);
    expect(cell(cells, 'syrian-government', 'RT')).toBeUndefined();
  });

  test('cells in target order (codebook, then no target), then by outlet name', () => {
    expect(cells.map((c) => `${c.targetId ?? '∅'} · ${c.outletName} · ${c.total}`)).toEqual([
      'hts · Levant24 · 3',
      'hts · RT · 9',
      'hts · Tasnim News Agency · 6',
      'hts · The New Arab · 4',
      'hts · Yalla TV · 6',
      'syrian-government · Levant24 · 3',
      'syrian-government · The New Arab · 1',
      'syrian-government · Yalla TV · 1',
      '∅ · The New Arab · 1',
    ]);
    expect(cells.at(-1)?.targetName).toBe('No target');
  });
});

describe('namingTable — all labels and filters', () => {
  test('without a label filter every label’s terms are listed', () => {
    // HTS in Levant24: L2 L12 commando unit, L3 precision (quoted), L4 retaliatory,
    // L5 meticulously, L6 commando, L13 captured — ties in alphabetical order.
    expect(cell(naming(), 'hts', 'Levant24')).toEqual([
      ['commando unit', 2, 0, 0, 2],
      ['captured', 1, 0, 0, 1],
      ['commando', 1, 0, 0, 1],
      ['meticulously', 1, 0, 0, 1],
      ['precision', 0, 1, 0, 1],
      ['retaliatory', 1, 0, 0, 1],
    ]);
  });

  test('voice filter: quoted only', () => {
    const cells = naming({ voices: ['quoted'] });
    // L3 | Y6 | R5 R6 R7 for HTS; L8 | N11 for the government.
    expect(cell(cells, 'hts', 'RT')).toEqual([
      ['foreign terrorists', 0, 1, 0, 1],
      ['islamic terrorists', 0, 1, 0, 1],
      ['terrorist', 0, 1, 0, 1],
    ]);
    expect(cells.reduce((sum, c) => sum + c.total, 0)).toBe(7);
  });

  test('annotator filter: alice no longer sees bob’s second "commando unit"', () => {
    const cells = naming({ annotatorIds: ['alice'], labelIds: ['actor-label'] });
    expect(cell(cells, 'hts', 'Levant24')).toEqual([
      ['commando', 1, 0, 0, 1],
      ['commando unit', 1, 0, 0, 1],
    ]);
  });
});

describe('namingTableRows', () => {
  test('flat rows, one per target × outlet × term', () => {
    const cells = naming({ labelIds: ['actor-label'] });
    const rows = namingTableRows(cells);
    // 2 + 5 + 5 + 3 + 5 (HTS) + 3 + 1 + 1 (government) + 1 (no target) = 26.
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual({
      targetId: 'hts',
      targetName: 'HTS and allied factions',
      outletId: 'out-levant24',
      outletName: 'Levant24',
      term: 'commando unit',
      own: 2,
      quoted: 0,
      attributed: 0,
      total: 2,
    });
  });
});
