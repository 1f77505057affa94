import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import {
  countLiveAnnotations,
  countLiveAnnotationsOf,
} from '../../../src/db/repositories/annotation-counts';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from './exchange-test-helpers';

const database = trackedDatabases();

/** Two articles: the first has 1 live annotation of 3, the second 2 of 2. */
async function library(prefix: string) {
  const db = database(prefix);
  const first = await addSampleArticle(db);
  const second = await addSampleArticle(db, 'Another text about the regime.', 'Other', 'Other');
  await db.annotations.bulkAdd([
    makeAnnotation(first, SAMPLE_TEXT, 'terrorists'),
    makeAnnotation(first, SAMPLE_TEXT, 'regime', { deleted: 1 }),
    makeAnnotation(first, SAMPLE_TEXT, 'army', { status: 'rejected-suggestion' }),
    makeAnnotation(second, 'Another text about the regime.', 'regime'),
    makeAnnotation(second, 'Another text about the regime.', 'Another'),
  ]);
  return { db, first, second };
}

/** Counts the read transactions the database opens. */
function countTransactions(db: FrameLensDatabase): () => number {
  let opened = 0;
  db.use({
    stack: 'dbcore',
    name: 'count-transactions',
    create: (core) => ({
      ...core,
      transaction: (stores, mode, options) => {
        if (mode === 'readonly') opened += 1;
        return core.transaction(stores, mode, options);
      },
    }),
  });
  return () => opened;
}

describe('live annotation counts', () => {
  test('count accepted, not deleted annotations, article by article', async () => {
    const { db, first, second } = await library('counts');
    // First: "terrorists" counts; "regime" is a tombstone; "army" a rejected suggestion.
    // Second: both count. An unknown article has none.
    expect(await countLiveAnnotationsOf([first, second, 'no-such-article'], db)).toEqual([1, 2, 0]);
  });

  test('rows asking in the same task share one transaction; a later ask opens its own', async () => {
    const { db, first, second } = await library('counts-batched');
    // Middleware joins the stack when the database opens.
    db.close();
    const transactions = countTransactions(db);
    await db.open();
    expect(
      await Promise.all([
        countLiveAnnotations(first, db),
        countLiveAnnotations(second, db),
        countLiveAnnotations(first, db),
      ]),
    ).toEqual([1, 2, 1]);
    expect(transactions()).toBe(1);
    expect(await countLiveAnnotations(second, db)).toBe(2);
    expect(transactions()).toBe(2);
  });

  test('when the read fails, every ask of the batch is told', async () => {
    const { db, first, second } = await library('counts-failing');
    db.close();
    const asks = [countLiveAnnotations(first, db), countLiveAnnotations(second, db)];
    for (const ask of asks) await expect(ask).rejects.toThrow(/closed/i);
  });
});
