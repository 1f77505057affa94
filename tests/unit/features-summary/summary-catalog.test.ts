import { expect, test } from 'vitest';
import type { SummarySource } from '../../../src/db/repositories/summary-repository';
import type { Article } from '../../../src/domain/types';
import { buildCatalog } from '../../../src/workers/summary-catalog';

function article(id: string, outletId: string, title: string): Article {
  return {
    id,
    outletId,
    title,
    url: null,
    published: '2024-09',
    language: 'en',
    text: '',
    textHash: id,
    wordCount: 0,
    source: 'paste',
    addedAt: '2026-11-23T00:00:00.000Z',
  };
}

function source(titles: [string, string, string]): SummarySource {
  return {
    articles: [
      article('a1', 'o-b', titles[0]),
      article('a2', 'o-a', titles[1]),
      article('a3', 'o-a', titles[2]),
    ],
    outlets: [
      { id: 'o-a', name: 'Beta', nameKey: 'beta' },
      { id: 'o-b', name: 'alpha', nameKey: 'alpha' },
    ],
    annotations: [],
    labels: [],
    actors: [],
    lexicon: [],
    annotators: [],
  };
}

const order = (catalog: ReturnType<typeof buildCatalog>) =>
  catalog.articles.map((a) => `${a.outletId} ${a.title}`);

test('articles are listed by outlet name, then title; an edited title is re-sorted', () => {
  // Outlets by name: "alpha" (o-b) before "Beta" (o-a); within Beta, "Title 2" < "Title 10"
  // (numeric collation).
  const first = buildCatalog(source(['Zulu', 'Title 10', 'Title 2']));
  expect(order(first)).toEqual(['o-b Zulu', 'o-a Title 2', 'o-a Title 10']);
  expect(first.outlets).toEqual([
    { id: 'o-b', name: 'alpha', articles: 1 },
    { id: 'o-a', name: 'Beta', articles: 2 },
  ]);
  // The same listing read again is listed the same.
  expect(buildCatalog(source(['Zulu', 'Title 10', 'Title 2']))).toEqual(first);
  // a3 renamed "Title 20": now after "Title 10".
  expect(order(buildCatalog(source(['Zulu', 'Title 10', 'Title 20'])))).toEqual([
    'o-b Zulu',
    'o-a Title 10',
    'o-a Title 20',
  ]);
});
