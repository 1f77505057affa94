import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { listArticleAnnotationsStartingIn } from '../../../src/db/repositories/annotations-repository';
import { readLibraryFirstScreen } from '../../../src/db/repositories/library-first-screen';

interface VersionFixture {
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

// Version 5's schema, frozen: version 3's tables plus those versions 4 and 5 added.
const versionFiveTables = {
  curations: 'id',
  curationSteps: '[curationId+seq], curationId',
  personalLexicon: 'id, canonical',
  suggestionFeedback: '[annotatorId+entryId], annotatorId',
};

test('version 6 keeps every version-5 row and reads an article’s annotations by position', async () => {
  const fixture = JSON.parse(
    readFileSync('tests/fixtures/db/v3-database.json', 'utf8'),
  ) as VersionFixture;
  const name = 'migration-v5-to-v6';
  const old = new Dexie(name);
  old.version(5).stores({ ...fixture.schema, ...versionFiveTables });
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();

  const current = new FrameLensDatabase(name);
  await current.open();
  expect(current.verno).toBe(6);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const stored = await current.table(table).toArray();
    expect(stored, table).toEqual(expect.arrayContaining(rows));
    expect(stored).toHaveLength(rows.length);
  }

  // The fixture's annotations of a-1 start at 0 (n-1), 10 (n-2) and 27 (n-3, a tombstone).
  // From 0 up to (not including) 10: n-1 only.
  expect(
    (await listArticleAnnotationsStartingIn('a-1', 0, 10, current)).map((row) => row.id),
  ).toEqual(['n-1']);
  // From 5 to 100: n-2 (start 10); n-3 starts at 27 but is deleted.
  expect(
    (await listArticleAnnotationsStartingIn('a-1', 5, 100, current)).map((row) => row.id),
  ).toEqual(['n-2']);
  // Another article's positions are not mixed in.
  expect(await listArticleAnnotationsStartingIn('a-2', 0, 100, current)).toEqual([]);
  await current.delete();
});

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
  const name = 'migration-v5-to-v6-cards';
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
