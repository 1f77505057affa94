import { beforeAll, describe, expect, test } from 'vitest';
import { db } from '../../../src/db/database';
import { keysToInvalidate } from '../../../src/db/query-keys';
import { tableVersion, watchTableChanges } from '../../../src/db/watch-changes';

// The feed follows the app's own database (the one named `framelens`); opening it first keeps
// its creation (which Dexie reports as a change of every table) out of the tests.
beforeAll(() => db.open());

describe('the change feed', () => {
  test('one notice per committed transaction, naming the tables it wrote', async () => {
    const seen: string[][] = [];
    const stop = watchTableChanges((tables) => seen.push([...tables].sort()));
    await db.transaction('rw', [db.outlets, db.meta], async () => {
      await db.outlets.put({ id: 'o1', name: 'RT', nameKey: 'rt' });
      await db.meta.put({ key: 'feed-test', value: 1 });
    });
    await db.meta.put({ key: 'feed-test', value: 2 });
    expect(seen).toEqual([['meta', 'outlets'], ['meta']]);

    stop();
    await db.meta.put({ key: 'feed-test', value: 3 });
    expect(seen).toHaveLength(2);
  });

  test('a rolled-back transaction is no change', async () => {
    const seen: string[][] = [];
    const stop = watchTableChanges((tables) => seen.push([...tables]));
    await expect(
      db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: 'feed-test', value: 4 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(seen).toEqual([]);
    stop();
  });

  test('a table version changes with every change of one of its tables, and only then', async () => {
    const version = () => tableVersion(['outlets', 'annotators']);
    const first = version();
    await db.meta.put({ key: 'feed-test', value: 5 });
    expect(version()).toBe(first);
    await db.outlets.put({ id: 'o2', name: 'Tasnim', nameKey: 'tasnim' });
    const second = version();
    expect(second).not.toBe(first);
    await db.annotators.put({ id: 'a1', name: 'Ada', role: 'annotator' });
    expect(version()).not.toBe(second);
    expect(version()).not.toBe(first);
  });
});

describe('what a change invalidates', () => {
  test('the roots that read each changed table, each once', () => {
    // Outlets: their own root and the articles root (the list shows outlet names); annotations:
    // theirs and again the articles root.
    expect(keysToInvalidate(['outlets', 'annotations'])).toEqual([
      ['outlets'],
      ['articles'],
      ['annotations'],
    ]);
  });

  test('a table no query reads invalidates nothing', () => {
    expect(keysToInvalidate(['articleCards'])).toEqual([]);
  });
});
