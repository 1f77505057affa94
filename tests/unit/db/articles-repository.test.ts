import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import {
  addArticle,
  deleteArticle,
  listArticles,
  listArticleTexts,
  undoDeleteArticle,
  updateArticleMetadata,
} from '../../../src/db/repositories/articles-repository';
import type { Annotation } from '../../../src/domain/types';
import { expectCardsInStep } from './article-cards-helpers';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`articles-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

const input = (
  overrides: Partial<{
    outletName: string;
    title: string;
    text: string;
    url: string;
    published: string;
  }> = {},
) => ({
  outletName: 'Example Gazette',
  title: 'Talks resume',
  published: '2024-12',
  url: 'https://example.org/a',
  text: 'Negotiators met again.\r\nBoth sides spoke.',
  ...overrides,
});

function annotation(id: string, articleId: string): Annotation {
  return {
    id,
    articleId,
    start: 0,
    end: 11,
    exact: 'Negotiators',
    prefix: '',
    suffix: ' met again.',
    labelId: 'actor-label',
    target: null,
    valence: 0,
    voice: 'own',
    note: '',
    annotatorId: 'a1',
    status: 'accepted',
    createdAt: '2024-12-01T00:00:00.000Z',
    updatedAt: '2024-12-01T00:00:00.000Z',
    deleted: 0,
  };
}

describe('adding articles', () => {
  test('normalises line endings, counts words and creates the outlet', async () => {
    const result = await addArticle(input(), 'paste', database);
    expect(result.status).toBe('added');
    const [article] = await database.articles.toArray();
    // CRLF becomes LF; words: Negotiators met again Both sides spoke = 6.
    expect(article?.text).toBe('Negotiators met again.\nBoth sides spoke.');
    expect(article?.wordCount).toBe(6);
    expect(article?.url).toBe('https://example.org/a');
    expect(await database.outlets.count()).toBe(1);
    await expectCardsInStep(database);
  });

  test('the same text (even with other line endings) is reported as a duplicate and not stored', async () => {
    const first = await addArticle(input(), 'paste', database);
    const second = await addArticle(
      input({ title: 'Other title', text: 'Negotiators met again.\nBoth sides spoke.' }),
      'paste',
      database,
    );
    expect(second).toEqual({
      status: 'duplicate',
      existingId: first.status === 'added' ? first.articleId : '',
      existingTitle: 'Talks resume',
    });
    expect(await database.articles.count()).toBe(1);
  });

  test('an outlet name differing only in case and spacing reuses the outlet', async () => {
    await addArticle(input(), 'paste', database);
    await addArticle(
      input({ outletName: '  example   GAZETTE ', text: 'Another text.' }),
      'paste',
      database,
    );
    expect(await database.outlets.count()).toBe(1);
    const items = await listArticles(database);
    expect(items.map((item) => item.outletName)).toEqual(['Example Gazette', 'Example Gazette']);
  });
});

describe('editing and deleting', () => {
  test('moving the only article of an outlet to another removes the empty outlet', async () => {
    const added = await addArticle(input(), 'paste', database);
    if (added.status !== 'added') throw new Error('fixture');
    await updateArticleMetadata(
      added.articleId,
      { outletName: 'New Outlet', title: 'Renamed', published: '', url: '' },
      database,
    );
    const [item] = await listArticles(database);
    expect(item?.outletName).toBe('New Outlet');
    expect(item?.title).toBe('Renamed');
    expect(item?.url).toBeNull();
    expect(await database.outlets.count()).toBe(1);
    await expectCardsInStep(database);
  });

  test('delete removes the article and its annotations; undo restores both exactly', async () => {
    const added = await addArticle(input(), 'paste', database);
    if (added.status !== 'added') throw new Error('fixture');
    await database.annotations.bulkAdd([
      annotation('n1', added.articleId),
      annotation('n2', added.articleId),
    ]);
    const before = {
      articles: await database.articles.toArray(),
      annotations: await database.annotations.toArray(),
      outlets: await database.outlets.toArray(),
    };
    const deleted = await deleteArticle(added.articleId, database);
    expect(deleted.annotations).toHaveLength(2);
    expect(await database.articles.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    await expectCardsInStep(database);
    await undoDeleteArticle(deleted, database);
    expect(await database.articles.toArray()).toEqual(before.articles);
    expect(await database.annotations.toArray()).toEqual(before.annotations);
    expect(await database.outlets.toArray()).toEqual(before.outlets);
    await expectCardsInStep(database);
  });
});

describe('the library list', () => {
  test('lists every article with its outlet name but without its text', async () => {
    await addArticle(input(), 'paste', database);
    await addArticle(
      input({ outletName: 'Other Wire', title: 'Second', text: 'Second text.', url: '' }),
      'paste',
      database,
    );
    const items = await listArticles(database);
    expect(
      items.map((item) => [item.title, item.outletName, item.wordCount, item.url]).sort(),
    ).toEqual([
      // "Second text." is 2 words; the first text is 6 (see above).
      ['Second', 'Other Wire', 2, null],
      ['Talks resume', 'Example Gazette', 6, 'https://example.org/a'],
    ]);
    for (const item of items) expect(item).not.toHaveProperty('text');
  });

  test('the texts, for searching, are read separately: one per article, as stored', async () => {
    const added = await addArticle(input(), 'paste', database);
    if (added.status !== 'added') throw new Error('fixture');
    const texts = await listArticleTexts(database);
    expect([...texts]).toEqual([[added.articleId, 'Negotiators met again.\nBoth sides spoke.']]);
  });
});
