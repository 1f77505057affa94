import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { listArticleAnnotations } from '../../../src/db/repositories/annotations-repository';
import { listArticles } from '../../../src/db/repositories/articles-repository';

interface VersionFixture {
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

/**
 * Every schema version has a fixture of the rows it wrote. Each test writes them with that
 * version's schema (a frozen copy, not the app's), closes, and opens the result with the
 * current app database.
 */
const versions: { version: number; file: string }[] = [
  { version: 1, file: 'tests/fixtures/db/v1-database.json' },
  { version: 2, file: 'tests/fixtures/db/v2-database.json' },
  { version: 3, file: 'tests/fixtures/db/v3-database.json' },
];

async function writeFixture(name: string, version: number, fixture: VersionFixture) {
  const old = new Dexie(name);
  old.version(version).stores(fixture.schema);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe.each(versions)('a database written by version $version', ({ version, file }) => {
  test('opens in the current version with every row intact', async () => {
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as VersionFixture;
    const name = `migration-v${version}`;
    await writeFixture(name, version, fixture);

    const current = new FrameLensDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(version);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await current.table(table).toArray();
      expect(stored, `table ${table}`).toEqual(expect.arrayContaining(rows));
      expect(stored).toHaveLength(rows.length);
    }
    // The app still reads them: the live annotations of the article (tombstone n-3 excluded).
    expect((await listArticleAnnotations('a-1', current)).map((a) => a.id)).toEqual(['n-1', 'n-2']);
    await current.delete();
  });
});

test('version 2 gives every version-1 article its card (the article without its text)', async () => {
  const fixture = JSON.parse(
    readFileSync('tests/fixtures/db/v1-database.json', 'utf8'),
  ) as VersionFixture;
  await writeFixture('migration-v1-cards', 1, fixture);
  const current = new FrameLensDatabase('migration-v1-cards');
  await current.open();
  // The fixture's one article, a-1, field by field minus `text`.
  expect(await current.articleCards.toArray()).toEqual([
    {
      id: 'a-1',
      outletId: 'o-1',
      title: 'Militants seize town',
      url: 'https://example.org/a-1',
      published: '2024-11',
      language: 'en',
      textHash: '0b7f2a51c2fb0f6c8d1e4b3a9f4f3c2e1d0c9b8a7f6e5d4c3b2a190807060504',
      wordCount: 6,
      source: 'paste',
      addedAt: '2024-11-30T10:00:00.000Z',
    },
  ]);
  // …which is what the library lists, under its outlet's name.
  expect((await listArticles(current)).map((item) => [item.title, item.outletName])).toEqual([
    ['Militants seize town', 'Example Wire'],
  ]);
  await current.delete();
});
