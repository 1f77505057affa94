import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { addArticle } from '../../../src/db/repositories/articles-repository';
import { loadDiscoverySource } from '../../../src/db/repositories/discovery-repository';
import { discover } from '../../../src/workers/discovery/discovery-engine';
import type { DiscoveryProgress } from '../../../src/workers/discovery/discovery-protocol';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  database = new FrameLensDatabase(`discovery-test-${counter}`);
  await database.open();
});

afterEach(async () => {
  await database.delete();
});

async function add(outletName: string, title: string, text: string): Promise<string> {
  const result = await addArticle(
    { outletName, title, text, url: '', published: '2026-12-01' },
    'paste',
    database,
  );
  if (result.status !== 'added') throw new Error('fixture: not added');
  return result.articleId;
}

async function library() {
  const courier = await add('Courier', 'Night one', 'Rioters looted shops. Rioters looted cars.');
  await add('Courier', 'Night two', 'Rioters fled.');
  const herald = await add(
    'Herald',
    'March',
    'Protesters marched. Protesters sang. Police watched protesters.',
  );
  const gazette = await add('Gazette', 'Other', 'Officials met officials and officials left.');
  return { courier, herald, gazette };
}

describe('loadDiscoverySource', () => {
  it('reads the whole catalog, but only the chosen articles’ texts', async () => {
    const { herald } = await library();
    const source = await loadDiscoverySource({ outletIds: null, articleIds: [herald] }, database);
    expect(source.outlets.map((outlet) => outlet.name).sort()).toEqual([
      'Courier',
      'Gazette',
      'Herald',
    ]);
    expect(source.cards).toHaveLength(4);
    expect(source.texts.map((article) => article.id)).toEqual([herald]);
  });
});

describe('discover', () => {
  it('ranks the chosen outlets’ terms, with uses in context and progress', async () => {
    const { courier } = await library();
    const outletIds = (await database.outlets.toArray())
      .filter((outlet) => outlet.name !== 'Gazette')
      .map((outlet) => outlet.id);
    const progress: DiscoveryProgress[] = [];
    const result = await discover(
      { version: '1', selection: { outletIds, articleIds: null } },
      (selection) => loadDiscoverySource(selection, database),
      (step) => progress.push(step),
    );
    expect(progress[0]).toEqual({ done: 0, total: null });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
    expect(result.articles).toBe(3);
    expect(result.catalog.outlets.map((outlet) => [outlet.name, outlet.articles])).toEqual([
      ['Courier', 2],
      ['Gazette', 1],
      ['Herald', 1],
    ]);
    // The same counts as the hand-worked example of rank-candidates.test.ts, split over two
    // articles: Courier's "rioters" (3 of 8 words) scores z = 1.13755.
    const [courierResult, heraldResult] = result.outlets;
    expect(courierResult).toMatchObject({ outletName: 'Courier', articles: 2, words: 8 });
    expect(heraldResult).toMatchObject({ outletName: 'Herald', articles: 1, words: 7 });
    const rioters = courierResult?.candidates[0];
    expect(rioters?.term).toBe('rioters');
    expect(rioters?.z).toBeCloseTo(1.13755, 4);
    expect(rioters?.uses.map((use) => [use.articleId === courier, use.keyword, use.after])).toEqual(
      [
        [true, 'Rioters', ' looted shops. Rioters looted cars.'],
        [true, 'Rioters', ' looted cars.'],
        [false, 'Rioters', ' fled.'],
      ],
    );
  });
});
