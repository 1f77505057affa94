import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { listArticleAnnotations } from '../../../src/db/repositories/annotations-repository';

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
];

describe.each(versions)('a database written by version $version', ({ version, file }) => {
  test('opens in the current version with every row intact', async () => {
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as VersionFixture;
    const name = `migration-v${version}`;
    const old = new Dexie(name);
    old.version(version).stores(fixture.schema);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(rows);
    });
    old.close();

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
