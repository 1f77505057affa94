import { afterEach, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { addCorpusArticles } from '../../../src/db/repositories/corpus-repository';
import { sha256Hex } from '../../../src/domain/hash';
import { expectCardsInStep } from './article-cards-helpers';
import { addSampleArticle, freshDatabase, SAMPLE_TEXT } from './exchange-test-helpers';

let db: FrameLensDatabase;

afterEach(async () => {
  await db.delete();
});

test('adds articles in one go and skips texts already stored or repeated in the batch', async () => {
  db = freshDatabase('corpus');
  await addSampleArticle(db);
  const text = 'A new article.\n\nWith two paragraphs.';
  const input = async (title: string, body: string) => ({
    outletName: '  Example   Wire ',
    title,
    published: '2024',
    url: 'javascript:alert(1)',
    language: 'en',
    text: body,
    textHash: await sha256Hex(body),
    source: 'file' as const,
  });
  const result = await addCorpusArticles(
    [await input('New', text), await input('Again', text), await input('Old', SAMPLE_TEXT)],
    db,
  );
  expect(result.added.map((row) => row.title)).toEqual(['New']);
  expect(result.duplicates).toEqual([
    { title: 'Again', existingTitle: 'New' },
    { title: 'Old', existingTitle: 'Aleppo offensive' },
  ]);
  const stored = await db.articles.get(result.added[0]?.id ?? '');
  // The outlet is reused by name; a javascript: link is never stored.
  expect(await db.outlets.count()).toBe(1);
  expect(stored).toMatchObject({ url: null, wordCount: 6, source: 'file', published: '2024' });
  await expectCardsInStep(db);
});
