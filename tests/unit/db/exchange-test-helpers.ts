import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { afterEach } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { addArticle } from '../../../src/db/repositories/articles-repository';
import type { Annotation } from '../../../src/domain/types';

let counter = 0;

/** A fresh, uniquely named database (fake-indexeddb). */
export function freshDatabase(prefix: string): FrameLensDatabase {
  counter += 1;
  return new FrameLensDatabase(`${prefix}-${counter}-${Date.now()}`);
}

/** Fresh databases that are deleted after each test of the calling file. */
export function trackedDatabases(): (prefix: string) => FrameLensDatabase {
  const opened: FrameLensDatabase[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.delete();
  });
  return (prefix) => {
    const created = freshDatabase(prefix);
    opened.push(created);
    return created;
  };
}

/** Every row of every table, each table sorted by its primary key: for byte-level comparisons. */
export async function dumpDatabase(
  database: FrameLensDatabase,
): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    const rows = await table.toArray();
    const key = table.schema.primKey.keyPath as string;
    dump[table.name] = rows.sort((a, b) =>
      String((a as Record<string, unknown>)[key]).localeCompare(
        String((b as Record<string, unknown>)[key]),
      ),
    );
  }
  return dump;
}

export const SAMPLE_TEXT =
  'The Syrian army said terrorists attacked Aleppo.\n\nHTS called the operation a liberation, and the regime denied it.';

export async function addSampleArticle(
  database: FrameLensDatabase,
  text = SAMPLE_TEXT,
  outletName = 'Example Wire',
  title = 'Aleppo offensive',
): Promise<string> {
  const added = await addArticle(
    { outletName, title, published: '2024-11-28', url: 'https://example.org/aleppo', text },
    'paste',
    database,
  );
  if (added.status !== 'added') throw new Error('fixture: article not added');
  return added.articleId;
}

export function makeAnnotation(
  articleId: string,
  text: string,
  exact: string,
  overrides: Partial<Annotation> = {},
): Annotation {
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`fixture: "${exact}" not in text`);
  const end = start + exact.length;
  return {
    id: `0192f3a4-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`,
    articleId,
    start,
    end,
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ann-ada',
    status: 'accepted',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    deleted: 0,
    ...overrides,
  };
}

/**
 * A DBCore middleware (installed before the database opens) that fails a write to `table`
 * with the error `failure` returns for it; writes for which it returns null go through.
 */
export function injectWriteFailures(
  database: FrameLensDatabase,
  table: string,
  failure: (request: DBCoreMutateRequest) => Error | null,
): void {
  database.use({
    stack: 'dbcore',
    name: 'injected-write-failures',
    create: (core) => ({
      ...core,
      table: (name) => {
        const inner = core.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (request) => {
            const error = failure(request);
            return error ? Promise.reject(error) : inner.mutate(request);
          },
        };
      },
    }),
  });
}

/** Makes the n-th write to `table` fail with a ConstraintError. */
export function failNthWrite(database: FrameLensDatabase, table: string, n: number): void {
  let writes = 0;
  injectWriteFailures(database, table, () =>
    ++writes === n ? new Dexie.ConstraintError('injected failure') : null,
  );
}
