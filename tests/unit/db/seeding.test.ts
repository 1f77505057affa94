import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { ensureSeeded, restoreSampleArticles } from '../../../src/db/seeding';
import { deleteArticle } from '../../../src/db/repositories/articles-repository';
import { expectCardsInStep } from './article-cards-helpers';

const manifest = JSON.parse(readFileSync('seeds/seeds.json', 'utf8')) as {
  articles: { file: string; outlet: string; title: string }[];
};

let database: FrameLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  database = new FrameLensDatabase(`seeding-test-${counter}`);
});

afterEach(async () => {
  await database.delete();
});

describe('first-run seeding', () => {
  test('stores the five seed articles under five outlets with SHA-256 text hashes', async () => {
    await ensureSeeded(database);
    const articles = await database.articles.toArray();
    const outlets = await database.outlets.toArray();
    expect(articles).toHaveLength(5);
    expect(outlets.map((outlet) => outlet.name).sort()).toEqual(
      manifest.articles.map((entry) => entry.outlet).sort(),
    );
    for (const entry of manifest.articles) {
      const text = readFileSync(`seeds/${entry.file}`, 'utf8');
      const article = articles.find((candidate) => candidate.title === entry.title);
      expect(article?.text).toBe(text);
      // The hash is computed independently here with Node's crypto over the file's bytes.
      expect(article?.textHash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      expect(article?.source).toBe('seed');
    }
    expect(await database.codebooks.count()).toBe(1);
  });

  test('seeding twice, or concurrently, never duplicates', async () => {
    await Promise.all([ensureSeeded(database), ensureSeeded(database), ensureSeeded(database)]);
    await ensureSeeded(database);
    expect(await database.articles.count()).toBe(5);
    expect(await database.outlets.count()).toBe(5);
  });

  test('a deleted seed article stays deleted on reload, and restore re-adds only the missing one', async () => {
    await ensureSeeded(database);
    const rt = (await database.articles.toArray()).find((article) =>
      article.title.startsWith('Syrian military'),
    );
    if (!rt) throw new Error('fixture: RT article missing');
    await deleteArticle(rt.id, database);
    await ensureSeeded(database);
    expect(await database.articles.count()).toBe(4);
    expect(await restoreSampleArticles(database)).toBe(1);
    expect(await database.articles.count()).toBe(5);
    expect(await database.outlets.count()).toBe(5);
    await expectCardsInStep(database);
    expect(await restoreSampleArticles(database)).toBe(0);
    expect(await database.articles.count()).toBe(5);
  });
});
