import { expect, test } from 'vitest';
import { findInOtherArticles } from '../../../src/db/repositories/similar-repository';
import { compileForms } from '../../../src/domain/suggestions/similar-occurrences';
import { addSampleArticle, makeAnnotation, trackedDatabases } from './exchange-test-helpers';

const fresh = trackedDatabases();

const MARKED_IN = 'The mob gathered. A mob is a mob.';
const OTHER = 'Police met the mob at noon. "Mobs of youths," she said, and a mobile unit.';
const THIRD = 'Nothing here but a quiet street.';

test('lists the occurrences in other articles with title, outlet and voice, and progress', async () => {
  const db = fresh('similar');
  const here = await addSampleArticle(db, MARKED_IN, 'Harbour Courier', 'Here');
  const other = await addSampleArticle(db, OTHER, 'Valley Post', 'Other');
  await addSampleArticle(db, THIRD, 'Valley Post', 'Third');
  const progress: [number, number][] = [];
  const result = await findInOtherArticles(
    compileForms(['mob', 'mobs']),
    {
      excludeArticleId: here,
      annotatorId: 'ann-1',
      limit: 10,
      chunkSize: 1,
      onProgress: (read, total) => progress.push([read, total]),
    },
    db,
  );
  // "mob" at 15 in OTHER ("Police met the " is 15 units); "Mobs" at 29, inside quotation marks
  // (after 'mob at noon. "': 15 + 3 + 11 = 29); "mobile" is another word. MARKED_IN's three
  // are not listed.
  expect(
    result.occurrences.map((o) => [o.articleId, o.title, o.outletName, o.start, o.end, o.voice]),
  ).toEqual([
    [other, 'Other', 'Valley Post', 15, 18, 'own'],
    [other, 'Other', 'Valley Post', 29, 33, 'quoted'],
  ]);
  expect(result.found).toBe(2);
  // One article per step, three articles.
  expect(progress).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
});

test('leaves out words the annotator already marked or rejected, and keeps to the limit', async () => {
  const db = fresh('similar');
  const here = await addSampleArticle(db, MARKED_IN, 'Harbour Courier', 'Here');
  const other = await addSampleArticle(db, OTHER, 'Valley Post', 'Other');
  await db.annotations.bulkPut([
    makeAnnotation(other, OTHER, 'mob', { annotatorId: 'ann-1' }),
    makeAnnotation(other, OTHER, 'Mobs', { annotatorId: 'ann-2' }),
  ]);
  const search = (annotatorId: string, limit: number) =>
    findInOtherArticles(
      compileForms(['mob', 'mobs']),
      { excludeArticleId: here, annotatorId, limit },
      db,
    );
  const mine = await search('ann-1', 10);
  expect(mine.occurrences.map((o) => o.start)).toEqual([29]);
  // Someone else's annotation does not hide an occurrence from me.
  const theirs = await search('ann-3', 1);
  expect(theirs.occurrences.map((o) => o.start)).toEqual([15]);
  expect(theirs.found).toBe(2);
});

test('reads a larger corpus 25 articles a step', async () => {
  const db = fresh('similar');
  const here = await addSampleArticle(db, MARKED_IN, 'Harbour Courier', 'Here');
  for (let i = 1; i < 60; i++) {
    await addSampleArticle(db, `Report ${i}: the mob again.`, 'Valley Post', `Report ${i}`);
  }
  const progress: number[] = [];
  const result = await findInOtherArticles(
    compileForms(['mob', 'mobs']),
    {
      excludeArticleId: here,
      annotatorId: 'ann-1',
      limit: 50,
      onProgress: (read) => progress.push(read),
    },
    db,
  );
  // 60 articles in steps of 25: 25, 50, 60. 59 others hold "mob" once each; 50 are listed.
  expect(progress).toEqual([25, 50, 60]);
  expect(result.found).toBe(59);
  expect(result.occurrences).toHaveLength(50);
}, 30_000);
