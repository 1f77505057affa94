import { describe, expect, test } from 'vitest';
import { computeSummary, summarize } from '../../../../src/domain/summary/compute-summary';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import { perOutletStats } from '../../../../src/domain/summary/per-outlet-stats';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

describe('computeSummary', () => {
  const summary = computeSummary(fixtureInput());

  test('totals: 5 outlets, 5 articles, 2242 words, 56 counted annotations', () => {
    // 448 + 429 + 377 + 572 + 416 = 2242; 58 annotations − L14 (deleted) − Y14 (rejected) = 56.
    expect(summary.totals).toEqual({ outlets: 5, articles: 5, words: 2242, annotations: 56 });
  });

  test('labels and targets that the tables use', () => {
    expect(summary.labels.map((label) => label.labelId)).toEqual([
      'actor-label',
      'loaded-language',
      'action-framing',
      'attribution-doubt',
      'legitimacy-qualifier',
      'casualty-framing',
    ]);
    expect(summary.targets).toEqual([
      { targetId: 'hts', targetName: 'HTS and allied factions' },
      { targetId: 'syrian-government', targetName: 'Syrian government and army' },
      { targetId: 'civilians', targetName: 'Civilians' },
      { targetId: 'monitors-media', targetName: 'Monitors and media' },
      { targetId: null, targetName: 'No target' },
    ]);
  });

  test('is the same as the table functions over prepared data', () => {
    const data = prepareSummary(fixtureInput());
    expect(summary.outlets).toEqual(perOutletStats(data));
    expect(summarize(data)).toEqual(summary);
  });

  test('is plain data (can be posted from a worker)', () => {
    expect(structuredClone(summary)).toEqual(summary);
  });

  test('does not depend on the order of the input', () => {
    const input = fixtureInput();
    const reversed = {
      ...input,
      annotations: [...input.annotations].reverse(),
      articles: [...input.articles].reverse(),
      outlets: [...input.outlets].reverse(),
    };
    expect(computeSummary(reversed)).toEqual(summary);
  });

  test('a filter reaches every table', () => {
    const filtered = computeSummary(fixtureInput(), {
      dateFrom: '2024-09-15',
      dateTo: '2024-12-31',
      voices: ['own'],
    });
    // The New Arab (2023) is out: 2242 − 572 = 1670 words. Own-voice annotations of the
    // other four: Levant24 12 − L3 − L8 = 10; Yalla 12 − Y6 − Y7 − Y10 = 9;
    // Tasnim 10 − T10 − T11 = 8; RT 12 − R5 − R6 − R7 = 9 → 36.
    expect(filtered.totals).toEqual({ outlets: 5, articles: 4, words: 1670, annotations: 36 });
    expect(filtered.naming.every((cell) => cell.terms.every((t) => t.own === t.total))).toBe(true);
    expect(filtered.valence.some((row) => row.outletName === 'The New Arab')).toBe(false);
    expect(filtered.heatmap.terms.reduce((sum, t) => sum + t.total, 0)).toBe(36);
    expect(filtered.distinctive.find((o) => o.outletName === 'The New Arab')?.terms).toEqual([]);
  });

  test('unknown labels and targets are kept, named by their id', () => {
    const input = fixtureInput();
    const base = input.annotations.find((a) => a.id === 'ann-R2');
    if (!base) throw new Error('fixture');
    const extra = { ...base, id: 'ann-extra', labelId: 'custom-label', target: 'israel' };
    const result = computeSummary({ ...input, annotations: [...input.annotations, extra] });
    expect(result.labels.at(-1)).toEqual({ labelId: 'custom-label', labelName: 'custom-label' });
    // Unknown targets come after the codebook's actors and before "no target".
    expect(result.targets.slice(-2)).toEqual([
      { targetId: 'israel', targetName: 'israel' },
      { targetId: null, targetName: 'No target' },
    ]);
  });

  test('an empty corpus gives empty tables, not errors', () => {
    const empty = computeSummary({
      articles: [],
      outlets: [],
      annotations: [],
      labels: [],
      actors: [],
      lexicon: [],
    });
    expect(empty.totals).toEqual({ outlets: 0, articles: 0, words: 0, annotations: 0 });
    expect(empty.naming).toEqual([]);
    expect(empty.heatmap).toEqual({ outlets: [], terms: [], counts: [], rates: [] });
    expect(empty.distinctive).toEqual([]);
  });
});
