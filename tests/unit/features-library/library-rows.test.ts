import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { listArticles } from '../../../src/db/repositories/articles-repository';
import { readLibraryFirstScreen } from '../../../src/db/repositories/library-first-screen';
import { NO_MASK, type OutletMask } from '../../../src/domain/classroom/outlet-mask';
import type { Article } from '../../../src/domain/types';
import { firstScreenRows, listRows } from '../../../src/features/library/library-rows';
import { maskLibraryItems } from '../../../src/features/library/mask-items';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`library-rows-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

const article = (id: string, outletId: string, published: string, title: string): Article => ({
  id,
  outletId,
  title,
  url: null,
  published,
  language: 'en',
  text: `Text of ${id}.`,
  textHash: `hash-${id}`,
  wordCount: 3,
  source: 'paste',
  addedAt: '2026-12-01T09:00:00.000Z',
});

/** Alpha: 6 articles (three share 2024-05-02); Beta: 1. */
async function storeFixture() {
  await database.outlets.bulkAdd([
    { id: 'o-alpha', name: 'Alpha', nameKey: 'alpha' },
    { id: 'o-beta', name: 'Beta', nameKey: 'beta' },
  ]);
  await database.articles.bulkAdd([
    article('a0', 'o-alpha', '', 'Undated'),
    article('a1', 'o-alpha', '2024-05-01', 'Oldest'),
    article('a2', 'o-alpha', '2024-05-02', 'Cedar'),
    article('a3', 'o-alpha', '2024-05-02', 'Aspen'),
    article('a4', 'o-alpha', '2024-05-02', 'Birch'),
    article('a5', 'o-alpha', '2024-05-03', 'Newest'),
    article('b1', 'o-beta', '2023', 'Beta story'),
  ]);
}

const keys = (rows: { key: string }[]) => rows.map((row) => row.key);

async function wholeListRows(mask: OutletMask) {
  const items = maskLibraryItems(await listArticles(database), mask);
  return listRows(items, new Map(), 'outlet', true);
}

describe('the first screen rows', () => {
  test('are the whole list’s first rows, up to the first outlet not read to its end', async () => {
    await storeFixture();
    const first = firstScreenRows(await readLibraryFirstScreen(2, database), NO_MASK);
    // Alpha comes first (A–Z); its newest a5, then the 2024-05-02 three by title (Aspen a3,
    // Birch a4, Cedar a2); 4 of its 6 articles are read, so Beta's group waits.
    expect(keys(first)).toEqual(['outlet:Alpha', 'a5', 'a3', 'a4', 'a2']);
    expect(first[0]).toMatchObject({ kind: 'outlet', count: 6 });
    const whole = await wholeListRows(NO_MASK);
    // Whole list: Alpha header + 6, Beta header + 1 = 9 rows, starting with the same 5.
    expect(whole).toHaveLength(9);
    expect(first).toEqual(whole.slice(0, first.length));
  });

  test('a masked outlet sorts under its code, as in the whole list', async () => {
    await storeFixture();
    // Beta shown as "A1" sorts before Alpha: Beta's one article is all of it, so Alpha follows.
    const mask: OutletMask = { codes: new Map([['o-beta', 'A1']]) };
    const first = firstScreenRows(await readLibraryFirstScreen(2, database), mask);
    expect(keys(first)).toEqual(['outlet:A1', 'b1', 'outlet:Alpha', 'a5', 'a3', 'a4', 'a2']);
    expect(first).toEqual((await wholeListRows(mask)).slice(0, first.length));
  });

  test('a library read to its end gives every row', async () => {
    await storeFixture();
    const first = firstScreenRows(await readLibraryFirstScreen(20, database), NO_MASK);
    expect(first).toEqual(await wholeListRows(NO_MASK));
  });
});
