import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { readLibraryFirstScreen } from '../../../src/db/repositories/library-first-screen';
import type { Article, Outlet } from '../../../src/domain/types';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`first-screen-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

const outlet = (id: string, name: string): Outlet => ({ id, name, nameKey: name.toLowerCase() });

const article = (id: string, outletId: string, published: string, title = id): Article => ({
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

/**
 * Alpha: a5 (2024-05-03), three on 2024-05-02 (a2 "Cedar", a3 "Aspen", a4 "Birch"),
 * a1 (2024-05-01), a0 (undated). Beta: b1. Empty: no article.
 */
async function storeFixture() {
  await database.outlets.bulkAdd([
    outlet('o-alpha', 'Alpha'),
    outlet('o-beta', 'Beta'),
    outlet('o-empty', 'Empty'),
  ]);
  await database.articles.bulkAdd([
    article('a0', 'o-alpha', ''),
    article('a1', 'o-alpha', '2024-05-01'),
    article('a2', 'o-alpha', '2024-05-02', 'Cedar'),
    article('a3', 'o-alpha', '2024-05-02', 'Aspen'),
    article('a4', 'o-alpha', '2024-05-02', 'Birch'),
    article('a5', 'o-alpha', '2024-05-03'),
    article('b1', 'o-beta', '2023'),
  ]);
}

describe('the library first screen', () => {
  test('gives totals, each outlet with articles and its newest, with every tie at the cut', async () => {
    await storeFixture();
    const screen = await readLibraryFirstScreen(2, database);
    // 6 Alpha + 1 Beta = 7 articles; Empty has none and is left out.
    expect(screen.total).toBe(7);
    const byName = new Map(screen.shelves.map((shelf) => [shelf.outletName, shelf]));
    expect([...byName.keys()].sort()).toEqual(['Alpha', 'Beta']);
    const alpha = byName.get('Alpha');
    expect(alpha?.count).toBe(6);
    // The 2 newest are a5 and one of the 2024-05-02 three; all three share the cut's date, so
    // all come: a5 + a2, a3, a4 = 4 (the undated a0 and the older a1 do not).
    expect(alpha?.newest.map((item) => item.id).sort()).toEqual(['a2', 'a3', 'a4', 'a5']);
    expect(alpha?.newest.every((item) => item.outletName === 'Alpha')).toBe(true);
    expect(alpha?.newest[0]).not.toHaveProperty('text');
    expect(byName.get('Beta')).toMatchObject({ count: 1, newest: [{ id: 'b1' }] });
  });

  test('an outlet with no more articles than asked gives all of them, undated ones too', async () => {
    await storeFixture();
    const screen = await readLibraryFirstScreen(10, database);
    const alpha = screen.shelves.find((shelf) => shelf.outletName === 'Alpha');
    expect(alpha?.newest.map((item) => item.id).sort()).toEqual([
      'a0',
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
    ]);
  });

  test('an empty library', async () => {
    expect(await readLibraryFirstScreen(20, database)).toEqual({ total: 0, shelves: [] });
  });

  test('follows writes: a moved article counts under its new outlet', async () => {
    await storeFixture();
    await database.articles.update('a5', { outletId: 'o-beta' });
    const screen = await readLibraryFirstScreen(2, database);
    const counts = Object.fromEntries(
      screen.shelves.map((shelf) => [shelf.outletName, shelf.count]),
    );
    // Alpha 6 − 1 = 5; Beta 1 + 1 = 2.
    expect(counts).toEqual({ Alpha: 5, Beta: 2 });
  });
});
