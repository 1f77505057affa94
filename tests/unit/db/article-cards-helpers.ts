import { expect } from 'vitest';
import { toArticleCard } from '../../../src/db/article-cards';
import type { FrameLensDatabase } from '../../../src/db/database';

/** The derived articleCards table holds exactly the stored articles, without their texts. */
export async function expectCardsInStep(database: FrameLensDatabase): Promise<void> {
  const articles = await database.articles.toArray();
  const cards = await database.articleCards.toArray();
  expect(cards).toEqual(articles.map(toArticleCard));
  for (const card of cards) expect(card).not.toHaveProperty('text');
}
