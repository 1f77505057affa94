import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import type { Article } from '../../../src/domain/types';
import { expectCardsInStep } from './article-cards-helpers';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`article-cards-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    outletId: 'o-1',
    title: `Title ${id}`,
    url: null,
    published: '2024-11',
    language: 'en',
    text: `The text of ${id}.`,
    textHash: `hash-${id}`,
    wordCount: 4,
    source: 'paste',
    addedAt: '2024-11-30T10:00:00.000Z',
    ...overrides,
  };
}

const cardIds = async () => (await database.articleCards.toCollection().primaryKeys()).sort();

describe('the cards follow every kind of articles write', () => {
  test('add, put, update, modify, delete and clear, one after the other', async () => {
    await database.articles.add(article('a'));
    await database.articles.bulkAdd([article('b'), article('c', { outletId: 'o-2' })]);
    await expectCardsInStep(database);
    expect(await cardIds()).toEqual(['a', 'b', 'c']);

    await database.articles.put(article('a', { title: 'Replaced' }));
    await database.articles.bulkPut([article('d'), article('b', { url: 'https://example.org/b' })]);
    await database.articles.update('c', { title: 'Updated', published: '2023' });
    await database.articles.where('outletId').equals('o-1').modify({ language: 'fr' });
    await expectCardsInStep(database);
    expect((await database.articleCards.get('a'))?.title).toBe('Replaced');
    expect((await database.articleCards.get('c'))?.published).toBe('2023');
    // a, b and d are in outlet o-1; c is not.
    expect((await database.articleCards.toArray()).map((card) => card.language)).toEqual([
      'fr',
      'fr',
      'en',
      'fr',
    ]);

    await database.articles.delete('a');
    await database.articles.bulkDelete(['b']);
    await expectCardsInStep(database);
    expect(await cardIds()).toEqual(['c', 'd']);

    // A delete through an index (c is the only article of o-2), then one over every key.
    await database.articles.where('outletId').equals('o-2').delete();
    expect(await cardIds()).toEqual(['d']);
    await database.articles.clear();
    expect(await database.articleCards.count()).toBe(0);
  });

  test('a transaction that fails after writing articles leaves no card behind', async () => {
    await database.articles.add(article('kept'));
    await expect(
      database.transaction('rw', database.articles, async () => {
        await database.articles.add(article('rolled-back'));
        await database.articles.delete('kept');
        throw new Error('something went wrong');
      }),
    ).rejects.toThrow('something went wrong');
    expect(await cardIds()).toEqual(['kept']);
    await expectCardsInStep(database);
  });

  test('rows refused by the database (a text already stored) get no card', async () => {
    await database.articles.add(article('a'));
    await database.transaction('rw', database.articles, async () => {
      // b repeats a's text hash (a unique index): only c is written, and the error is handled.
      await database.articles
        .bulkAdd([article('b', { textHash: 'hash-a' }), article('c')])
        .catch(() => undefined);
    });
    expect(await database.articles.toCollection().primaryKeys()).toEqual(['a', 'c']);
    expect(await cardIds()).toEqual(['a', 'c']);
    await expectCardsInStep(database);
  });
});
