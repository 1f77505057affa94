import { afterEach, beforeEach, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import {
  loadArticleTexts,
  loadSummarySource,
  SUMMARY_TABLES,
} from '../../../src/db/repositories/summary-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import type { Annotation } from '../../../src/domain/types';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  database = new FrameLensDatabase(`summary-repository-test-${counter}`);
  await ensureSeeded(database);
});

afterEach(async () => {
  await database.delete();
});

function annotation(
  id: string,
  articleId: string,
  overrides: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    articleId,
    start: 0,
    end: 3,
    exact: 'HTS',
    prefix: '',
    suffix: '',
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ada',
    status: 'accepted',
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
    deleted: 0,
    ...overrides,
  };
}

test('reads every table the summary needs, counting only accepted live annotations', async () => {
  const [article] = await database.articles.toArray();
  if (!article) throw new Error('fixture: the seed corpus is missing');
  await database.annotations.bulkAdd([
    annotation('kept', article.id),
    annotation('rejected', article.id, { status: 'rejected-suggestion' }),
    annotation('deleted', article.id, { deleted: 1 }),
  ]);
  await database.annotators.add({ id: 'ada', name: 'Ada', role: 'annotator' });
  const tablesRead: string[] = [];

  const source = await loadSummarySource(database, (table) => tablesRead.push(table));

  expect(source.articles).toHaveLength(5);
  expect(source.outlets.map((outlet) => outlet.name).sort()).toEqual([
    'Levant24',
    'RT',
    'Tasnim News Agency',
    'The New Arab',
    'Yalla TV',
  ]);
  expect(source.annotations.map((a) => a.id)).toEqual(['kept']);
  expect(source.labels.map((label) => label.id)).toContain('actor-label');
  expect(source.labels[0]?.color).toMatch(/^#/);
  expect(source.actors.map((actor) => actor.id)).toContain('hts');
  expect(source.annotators).toEqual([{ id: 'ada', name: 'Ada', role: 'annotator' }]);
  // The lexicon comes in the matcher's order (canonical form, then pattern).
  const canonicals = source.lexicon.map((entry) => entry.canonical);
  expect(canonicals).toEqual([...canonicals].sort((a, b) => a.localeCompare(b)));
  expect([...tablesRead].sort()).toEqual([...SUMMARY_TABLES].sort());
});

test('reads the annotations in parts split at any ids, each handed over after the corpus', async () => {
  const [article] = await database.articles.toArray();
  if (!article) throw new Error('fixture: the seed corpus is missing');
  // Ids a…f; c is rejected and e deleted, so a, b, d, f count.
  await database.annotations.bulkAdd([
    annotation('a', article.id),
    annotation('b', article.id),
    annotation('c', article.id, { status: 'rejected-suggestion' }),
    annotation('d', article.id),
    annotation('e', article.id, { deleted: 1 }),
    annotation('f', article.id),
  ]);
  const whole = await loadSummarySource(database);
  const events: string[] = [];

  // Unsorted, repeated, and not all stored ids: the parts are […, b), [b, c), [c, e), [e, …).
  const parts = await loadSummarySource(database, undefined, {
    splitAt: ['e', 'b', 'c', 'b'],
    onCorpus: (corpus) => events.push(`corpus of ${corpus.articles.length} articles`),
    onAnnotations: (annotations) => events.push(annotations.map((a) => a.id).join('') || '-'),
  });

  expect(events).toEqual(['corpus of 5 articles', 'a', 'b', 'd', 'f']);
  expect(parts.annotations.map((a) => a.id)).toEqual(['a', 'b', 'd', 'f']);
  expect(parts).toEqual(whole);
});

test('without split ids, the annotations come as one part', async () => {
  const [article] = await database.articles.toArray();
  if (!article) throw new Error('fixture: the seed corpus is missing');
  await database.annotations.bulkAdd([annotation('x', article.id), annotation('y', article.id)]);
  const handed: string[][] = [];
  await loadSummarySource(database, undefined, {
    onAnnotations: (annotations) => handed.push(annotations.map((a) => a.id)),
  });
  expect(handed).toEqual([['x', 'y']]);
});

test('reads the articles without their texts, and given texts on demand', async () => {
  const stored = await database.articles.orderBy('id').toArray();
  const [first, second] = stored;
  if (!first || !second) throw new Error('fixture: the seed corpus is missing');
  const source = await loadSummarySource(database);
  expect(source.articles.map((article) => article.id).sort()).toEqual(stored.map((a) => a.id));
  expect(source.articles.every((article) => !('text' in article))).toBe(true);

  // An id no longer stored is left out.
  const texts = await loadArticleTexts(database, [second.id, 'gone', first.id]);
  expect(texts).toEqual([
    { id: second.id, textHash: second.textHash, text: second.text },
    { id: first.id, textHash: first.textHash, text: first.text },
  ]);
});
