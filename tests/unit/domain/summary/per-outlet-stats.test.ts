import { describe, expect, test } from 'vitest';
import { perOutletRows, perOutletStats } from '../../../../src/domain/summary/per-outlet-stats';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import type { SummaryFilter, SummaryInput } from '../../../../src/domain/summary/summary-types';
import { fixtureInput, outletId } from '../../../fixtures/summary/seed-annotations';

function stats(filter: SummaryFilter = {}, input: SummaryInput = fixtureInput()) {
  return perOutletStats(prepareSummary(input, filter));
}

function outlet(rows: ReturnType<typeof stats>, id: string) {
  const row = rows.find((candidate) => candidate.outletId === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

function label(row: ReturnType<typeof outlet>, labelId: string) {
  const entry = row.labels.find((candidate) => candidate.labelId === labelId);
  if (!entry) throw new Error(`no ${labelId} for ${row.outletId}`);
  return entry;
}

const LEVANT24 = outletId('levant24');
const YALLA = outletId('yalla');
const TASNIM = outletId('tasnim');
const NEWARAB = outletId('newarab');
const RT = outletId('rt');

describe('perOutletStats — unfiltered', () => {
  const rows = stats();

  test('outlets by name, with articles, words and counted annotations', () => {
    expect(rows.map((row) => [row.outletName, row.articles, row.words, row.annotations])).toEqual([
      // Levant24: 13 annotations − L14 (deleted) = 12.
      ['Levant24', 1, 448, 12],
      ['RT', 1, 416, 12],
      ['Tasnim News Agency', 1, 377, 10],
      ['The New Arab', 1, 572, 10],
      // Yalla TV: 13 annotations − Y14 (rejected suggestion) = 12.
      ['Yalla TV', 1, 429, 12],
    ]);
  });

  test('label counts per outlet, in codebook order', () => {
    // actor, loaded, action, attribution, legitimacy, casualty
    const counts = rows.map((row) => row.labels.map((entry) => entry.count));
    expect(counts).toEqual([
      [6, 3, 2, 0, 0, 1], // Levant24: L1 L2 L6 L11 L12 L15 | L3 L5 L8 | L4 L13 | – | – | L10
      [9, 0, 1, 1, 1, 0], // RT: R1 R3 R5 R6 R7 R9 R11 R13 R14 | – | R12 | R2 | R4 | –
      [6, 1, 2, 0, 1, 0], // Tasnim: T1 T2 T5 T6 T10 T11 | T12 | T3 T7 | – | T4 | –
      [6, 1, 1, 0, 2, 0], // New Arab: N1 N3 N7 N9 N10 N11 | N6 | N4 | – | N2 N5 | –
      [7, 1, 1, 1, 1, 1], // Yalla: Y1 Y5 Y7 Y9 Y10 Y12 Y13 | Y6 | Y3 | Y2 | Y4 | Y8
    ]);
  });

  test('rates per 1,000 words, computed by hand', () => {
    // Levant24 actor label: 6 / 448 × 1000 = 13.392857…
    expect(label(outlet(rows, LEVANT24), 'actor-label').ratePer1000).toBeCloseTo(13.392857, 5);
    // Levant24 loaded language: 3 / 448 × 1000 = 6.696428…
    expect(label(outlet(rows, LEVANT24), 'loaded-language').ratePer1000).toBeCloseTo(6.696429, 5);
    // Levant24 casualty framing: 1 / 448 × 1000 = 2.232142…
    expect(label(outlet(rows, LEVANT24), 'casualty-framing').ratePer1000).toBeCloseTo(2.232143, 5);
    // RT actor label: 9 / 416 × 1000 = 21.634615…
    expect(label(outlet(rows, RT), 'actor-label').ratePer1000).toBeCloseTo(21.634615, 5);
    // Yalla TV actor label: 7 / 429 × 1000 = 16.317016…
    expect(label(outlet(rows, YALLA), 'actor-label').ratePer1000).toBeCloseTo(16.317016, 5);
    // Tasnim action framing: 2 / 377 × 1000 = 5.305040…
    expect(label(outlet(rows, TASNIM), 'action-framing').ratePer1000).toBeCloseTo(5.30504, 5);
    // The New Arab legitimacy qualifier: 2 / 572 × 1000 = 3.496503…
    expect(label(outlet(rows, NEWARAB), 'legitimacy-qualifier').ratePer1000).toBeCloseTo(
      3.496503,
      5,
    );
    // All of Levant24's annotations: 12 / 448 × 1000 = 26.785714…
    expect(outlet(rows, LEVANT24).ratePer1000).toBeCloseTo(26.785714, 5);
  });

  test('a label an outlet never used has rate 0, not null', () => {
    // Levant24 has 448 words and no attribution or legitimacy annotations: 0 / 448 × 1000 = 0.
    expect(label(outlet(rows, LEVANT24), 'attribution-doubt')).toEqual({
      labelId: 'attribution-doubt',
      labelName: 'Attribution & doubt',
      count: 0,
      ratePer1000: 0,
    });
    expect(label(outlet(rows, LEVANT24), 'legitimacy-qualifier').ratePer1000).toBe(0);
  });
});

describe('perOutletStats — exclusions', () => {
  test('deleted annotations do not count (L14 would make Levant24 actor labels 7)', () => {
    const input = fixtureInput();
    const undeleted = {
      ...input,
      annotations: input.annotations.map((a) =>
        a.id === 'ann-L14' ? { ...a, deleted: 0 as const } : a,
      ),
    };
    expect(label(outlet(stats(), LEVANT24), 'actor-label').count).toBe(6);
    const row = outlet(stats({}, undeleted), LEVANT24);
    // 7 / 448 × 1000 = 15.625 exactly.
    expect(label(row, 'actor-label')).toMatchObject({ count: 7, ratePer1000: 15.625 });
    expect(row.annotations).toBe(13);
  });

  test('rejected suggestions do not count (Y14 would make Yalla actor labels 8)', () => {
    const input = fixtureInput();
    const accepted = {
      ...input,
      annotations: input.annotations.map((a) =>
        a.id === 'ann-Y14' ? { ...a, status: 'accepted' as const } : a,
      ),
    };
    expect(label(outlet(stats(), YALLA), 'actor-label').count).toBe(7);
    // 8 / 429 × 1000 = 18.648018…
    expect(label(outlet(stats({}, accepted), YALLA), 'actor-label').ratePer1000).toBeCloseTo(
      18.648018,
      5,
    );
  });

  test('annotations of an article that is not in the input do not count', () => {
    const input = fixtureInput();
    const orphan = { ...input.annotations[0]!, id: 'orphan', articleId: 'art-missing' };
    const rows = stats({}, { ...input, annotations: [...input.annotations, orphan] });
    expect(rows.reduce((sum, row) => sum + row.annotations, 0)).toBe(56);
  });

  test('an outlet with no words has null rates; an article without annotations still counts', () => {
    const input = fixtureInput();
    const withExtras: SummaryInput = {
      ...input,
      outlets: [
        ...input.outlets,
        { id: 'out-empty', name: 'Empty Outlet' },
        { id: 'out-zero', name: 'Zero Words' },
      ],
      articles: [
        ...input.articles,
        { id: 'art-zero', outletId: 'out-zero', wordCount: 0, published: '2024', text: '' },
        // An unannotated RT article of 84 words.
        { id: 'art-rt-2', outletId: RT, wordCount: 84, published: '2024-12', text: '' },
      ],
      annotations: [
        ...input.annotations,
        { ...input.annotations[0]!, id: 'ann-zero', articleId: 'art-zero' },
      ],
    };
    const rows = stats({}, withExtras);
    const empty = outlet(rows, 'out-empty');
    expect(empty).toMatchObject({ articles: 0, words: 0, annotations: 0, ratePer1000: null });
    expect(empty.labels.every((entry) => entry.count === 0 && entry.ratePer1000 === null)).toBe(
      true,
    );
    const zero = outlet(rows, 'out-zero');
    // 1 annotation over 0 words: the count is shown, the rate is null (not Infinity).
    expect(label(zero, 'actor-label')).toMatchObject({ count: 1, ratePer1000: null });
    // RT: 416 + 84 = 500 words; actor labels 9 / 500 × 1000 = 18 exactly.
    const rt = outlet(rows, RT);
    expect(rt).toMatchObject({ articles: 2, words: 500, annotations: 12 });
    expect(label(rt, 'actor-label').ratePer1000).toBe(18);
  });

  test('an article whose outlet record is missing is counted under its outlet id', () => {
    const input = fixtureInput();
    const rows = stats({}, { ...input, outlets: input.outlets.filter((o) => o.id !== RT) });
    expect(outlet(rows, RT)).toMatchObject({ outletName: RT, words: 416, annotations: 12 });
  });
});

describe('perOutletStats — filters', () => {
  test('by annotator: bob only', () => {
    const rows = stats({ annotatorIds: ['bob'] });
    // bob: L11 L12 L13 L15 | R6 R7 R12 R13 | T6 T7 T11 | N4 N7 N10 | Y9 Y12 Y13 = 17.
    expect(rows.map((row) => row.annotations)).toEqual([4, 4, 3, 3, 3]);
    // Words do not depend on the annotator: still 448 for Levant24.
    // Levant24 actor labels by bob: L11 L12 L15 = 3 → 3 / 448 × 1000 = 6.696428…
    expect(label(outlet(rows, LEVANT24), 'actor-label')).toMatchObject({ count: 3 });
    expect(label(outlet(rows, LEVANT24), 'actor-label').ratePer1000).toBeCloseTo(6.696429, 5);
    // RT actor labels by bob: R6 R7 R13 = 3 → 3 / 416 × 1000 = 7.211538…
    expect(label(outlet(rows, RT), 'actor-label').ratePer1000).toBeCloseTo(7.211538, 5);
  });

  test('by voice: attributed only', () => {
    const rows = stats({ voices: ['attributed'] });
    // attributed: Y7 Y10 | T10 T11 | N7 N9; none in Levant24 or RT.
    expect(rows.map((row) => row.annotations)).toEqual([0, 0, 2, 2, 2]);
    // Levant24: 0 / 448 × 1000 = 0 (words are still there, so 0, not null).
    expect(label(outlet(rows, LEVANT24), 'actor-label').ratePer1000).toBe(0);
    // Tasnim actor labels: T10 T11 → 2 / 377 × 1000 = 5.305040…
    expect(label(outlet(rows, TASNIM), 'actor-label').ratePer1000).toBeCloseTo(5.30504, 5);
    // Yalla actor labels: Y7 Y10 → 2 / 429 × 1000 = 4.662004…
    expect(label(outlet(rows, YALLA), 'actor-label').ratePer1000).toBeCloseTo(4.662005, 5);
  });

  test('by label: only that label has a column', () => {
    const rows = stats({ labelIds: ['legitimacy-qualifier'] });
    expect(rows.every((row) => row.labels.length === 1)).toBe(true);
    // Y4 | T4 | N2 N5 | R4; none in Levant24.
    expect(rows.map((row) => row.annotations)).toEqual([0, 1, 1, 2, 1]);
    expect(label(outlet(rows, LEVANT24), 'legitimacy-qualifier').ratePer1000).toBe(0);
    // The New Arab: 2 / 572 × 1000 = 3.496503…
    expect(label(outlet(rows, NEWARAB), 'legitimacy-qualifier').ratePer1000).toBeCloseTo(
      3.496503,
      5,
    );
  });

  test('by outlet', () => {
    const rows = stats({ outletIds: [RT, TASNIM] });
    expect(rows.map((row) => row.outletName)).toEqual(['RT', 'Tasnim News Agency']);
    // 416 + 377 = 793 words; 12 + 10 = 22 annotations.
    expect(rows.reduce((sum, row) => sum + row.words, 0)).toBe(793);
    expect(rows.reduce((sum, row) => sum + row.annotations, 0)).toBe(22);
  });

  test('by article', () => {
    const rows = stats({ articleIds: ['art-rt'] });
    expect(outlet(rows, RT)).toMatchObject({ articles: 1, words: 416, annotations: 12 });
    expect(outlet(rows, LEVANT24)).toMatchObject({ articles: 0, words: 0, ratePer1000: null });
  });

  test('by date range: "2024-09" overlaps [2024-09-15, 2024-12-31]; 2023-02-02 does not', () => {
    const rows = stats({ dateFrom: '2024-09-15', dateTo: '2024-12-31' });
    expect(outlet(rows, LEVANT24)).toMatchObject({ articles: 1, words: 448, annotations: 12 });
    // The New Arab is left out: no words, so null rates.
    expect(outlet(rows, NEWARAB)).toMatchObject({ articles: 0, words: 0, annotations: 0 });
    expect(label(outlet(rows, NEWARAB), 'actor-label').ratePer1000).toBeNull();
    // 448 + 429 + 377 + 416 = 1670 words; 56 − 10 = 46 annotations.
    expect(rows.reduce((sum, row) => sum + row.words, 0)).toBe(1670);
    expect(rows.reduce((sum, row) => sum + row.annotations, 0)).toBe(46);
  });

  test('by date range: dateFrom "2024-10" drops September\'s Levant24 article', () => {
    const rows = stats({ dateFrom: '2024-10' });
    expect(outlet(rows, LEVANT24).ratePer1000).toBeNull();
    // 429 + 377 + 416 = 1222 words.
    expect(rows.reduce((sum, row) => sum + row.words, 0)).toBe(1222);
  });

  test('by date range: dateTo "2023" keeps only The New Arab', () => {
    const rows = stats({ dateTo: '2023' });
    expect(rows.filter((row) => row.articles > 0).map((row) => row.outletName)).toEqual([
      'The New Arab',
    ]);
  });

  test('filters combine: alice × actor label × RT', () => {
    const rows = stats({ annotatorIds: ['alice'], labelIds: ['actor-label'], outletIds: [RT] });
    // R1 R3 R5 R9 R11 R14 = 6 → 6 / 416 × 1000 = 14.423076…
    expect(rows).toHaveLength(1);
    expect(label(outlet(rows, RT), 'actor-label').count).toBe(6);
    expect(label(outlet(rows, RT), 'actor-label').ratePer1000).toBeCloseTo(14.423077, 5);
  });

  test('empty filter lists mean no restriction', () => {
    expect(stats({ annotatorIds: [], voices: [], labelIds: [], outletIds: [] })).toEqual(stats());
  });
});

describe('perOutletRows', () => {
  test('one row per outlet × label', () => {
    const rows = perOutletRows(stats());
    expect(rows).toHaveLength(5 * 6);
    expect(rows[0]).toEqual({
      outletId: LEVANT24,
      outletName: 'Levant24',
      articles: 1,
      words: 448,
      labelId: 'actor-label',
      labelName: 'Actor label',
      count: 6,
      ratePer1000: 6000 / 448,
    });
  });
});
