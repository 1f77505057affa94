import { describe, expect, test } from 'vitest';
import { summarize } from '../../../../src/domain/summary/compute-summary';
import { concordance } from '../../../../src/domain/summary/concordance';
import { prepareSummary } from '../../../../src/domain/summary/prepare-summary';
import { SummaryBuilder } from '../../../../src/domain/summary/summary-builder';
import type {
  SummaryAnnotation,
  SummaryFilter,
  SummaryInput,
} from '../../../../src/domain/summary/summary-types';
import { fixtureInput } from '../../../fixtures/summary/seed-annotations';

const textA = 'Militants seized the town; the militants said so.';
const textB = 'Terrorists, the army said.';

function annotation(
  id: string,
  articleId: string,
  exact: string,
  overrides: Partial<SummaryAnnotation> = {},
): SummaryAnnotation {
  const text = articleId === 'a1' ? textA : textB;
  const start = text.indexOf(exact);
  return {
    id,
    articleId,
    start,
    end: start + exact.length,
    exact,
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    annotatorId: 'ada',
    status: 'accepted',
    deleted: 0,
    ...overrides,
  };
}

const small: SummaryInput = {
  articles: [
    { id: 'a1', outletId: 'o-a', wordCount: 8, published: '2024-09', text: textA },
    { id: 'b1', outletId: 'o-b', wordCount: 4, published: '2024-10', text: textB },
  ],
  outlets: [
    { id: 'o-a', name: 'Alpha' },
    { id: 'o-b', name: 'Beta' },
  ],
  annotations: [
    annotation('n1', 'a1', 'Militants'),
    annotation('n2', 'a1', 'militants', { voice: 'quoted', valence: -2 }),
    annotation('n3', 'b1', 'Terrorists'),
    annotation('n4', 'b1', 'army', { target: 'syrian-government', valence: 1 }),
    annotation('n5', 'b1', 'Terrorists', { status: 'rejected-suggestion' }),
    annotation('n6', 'a1', 'seized', { deleted: 1 }),
  ],
  labels: [{ id: 'actor-label', name: 'Actor label' }],
  actors: [
    { id: 'hts', name: 'HTS' },
    { id: 'syrian-government', name: 'Syrian government' },
  ],
  lexicon: [{ canonical: 'militant', forms: ['militant', 'militants'] }],
};

function inBatches(input: SummaryInput, size: number, filter: SummaryFilter = {}) {
  const builder = new SummaryBuilder(input, filter);
  for (let i = 0; i < input.annotations.length; i += size) {
    builder.add(input.annotations.slice(i, i + size));
  }
  return builder.finish(input);
}

describe('SummaryBuilder — the aggregation, fed in batches', () => {
  test('counts the same whether the annotations come at once or two by two', () => {
    const data = inBatches(small, 2);
    // n5 is a rejected suggestion and n6 deleted: 4 of 6 count. Alpha: n1 + n2 over 8 words;
    // Beta: n3 + n4 over 4 words.
    expect(data.totals).toEqual({ articles: 2, words: 12, annotations: 4 });
    const summary = summarize(data);
    expect(summary.outlets.map((o) => [o.outletName, o.annotations, o.ratePer1000])).toEqual([
      ['Alpha', 2, 250], // 2 / 8 × 1000
      ['Beta', 2, 500], // 2 / 4 × 1000
    ]);
    // "Militants" and "militants" are the lexicon's "militant": own 1 + quoted 1 in Alpha;
    // mean valence of HTS in Alpha is (−1 − 2) / 2 = −1.5.
    expect(summary.naming.find((c) => c.outletName === 'Alpha')?.terms).toEqual([
      { term: 'militant', own: 1, quoted: 1, attributed: 0, total: 2 },
    ]);
    expect(summary.valence.map((v) => [v.targetId, v.outletName, v.n, v.mean])).toEqual([
      ['hts', 'Alpha', 2, -1.5],
      ['hts', 'Beta', 1, -1],
      ['syrian-government', 'Beta', 1, 1],
    ]);
    expect(summary).toEqual(summarize(prepareSummary(small)));
  });

  test('the concordance of batched data reads the whole input it was finished with', () => {
    const lines = concordance('militant', inBatches(small, 1));
    expect(lines.map((line) => [line.annotationId, line.keyword])).toEqual([
      ['n1', 'Militants'],
      ['n2', 'militants'],
    ]);
  });

  test('on the seed fixture, any batch size and any filter give the one-pass summary', () => {
    const input = fixtureInput();
    const filters: SummaryFilter[] = [
      {},
      { voices: ['own'] },
      { annotatorIds: ['bob'], labelIds: ['actor-label'] },
      { dateFrom: '2024-09-15', dateTo: '2024-12-31' },
    ];
    for (const filter of filters) {
      const expected = summarize(prepareSummary(input, filter));
      for (const size of [1, 7, input.annotations.length]) {
        expect(summarize(inBatches(input, size, filter))).toEqual(expected);
      }
    }
  });

  test('a bad date filter fails when the builder is made, before any annotation', () => {
    expect(() => new SummaryBuilder(small, { dateFrom: '2024-13' })).toThrow(RangeError);
  });
});
