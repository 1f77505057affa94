import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { readLibraryFirstScreen } from '../../../src/db/repositories/library-first-screen';

/** The version-5 schema, frozen here (not the app's). */
const v5Schema = {
  outlets: 'id, &nameKey',
  articles: 'id, outletId, &textHash, published, addedAt',
  annotations: 'id, articleId, [articleId+annotatorId], labelId, annotatorId, updatedAt',
  codebooks: 'id',
  lexicon: 'id, labelId',
  annotators: 'id',
  meta: 'key',
  articleCards: 'id',
  assignments: 'id, role',
  progress: '[assignmentId+annotatorId+articleId], assignmentId, annotatorId',
  submissions: '[assignmentId+studentId], assignmentId',
  guesses: '[assignmentId+annotatorId+code], assignmentId',
  curations: 'id',
  curationSteps: '[curationId+seq], curationId',
  personalLexicon: 'id, canonical',
  suggestionFeedback: '[annotatorId+entryId], annotatorId',
};

const article = (id: string, published: string) => ({
  id,
  outletId: 'o-1',
  title: `Story ${id}`,
  url: null,
  published,
  language: 'en',
  textHash: `hash-${id}`,
  wordCount: 2,
  source: 'paste',
  addedAt: '2026-12-01T09:00:00.000Z',
});

test('version 6 keeps every card of version 5 and indexes them by outlet and date', async () => {
  const name = 'migration-v5-to-v6';
  const old = new Dexie(name);
  old.version(5).stores(v5Schema);
  const cards = [article('x1', '2024-01-02'), article('x2', '2024-03-04'), article('x3', '')];
  await old.transaction('rw', old.tables, async () => {
    await old.table('outlets').add({ id: 'o-1', name: 'Old Outlet', nameKey: 'old outlet' });
    await old.table('articles').bulkAdd(cards.map((card) => ({ ...card, text: 'Some text.' })));
    await old.table('articleCards').bulkAdd(cards);
  });
  old.close();

  const current = new FrameLensDatabase(name);
  await current.open();
  expect(current.verno).toBe(6);
  expect(await current.articleCards.toArray()).toEqual(cards);
  // The new index answers at once: the newest 2 of 3 are x2 (2024-03-04), then x1 (2024-01-02).
  const screen = await readLibraryFirstScreen(2, current);
  expect(screen.total).toBe(3);
  expect(screen.shelves).toHaveLength(1);
  expect(screen.shelves[0]?.count).toBe(3);
  expect(screen.shelves[0]?.newest.map((item) => item.id)).toEqual(['x2', 'x1']);
  await current.delete();
});
