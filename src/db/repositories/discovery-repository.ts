import {
  chosenArticleIds,
  type DiscoverySelection,
} from '../../domain/discovery/discovery-selection';
import type { ArticleCard, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/** What discovery reads: the catalog to choose from, and the chosen articles' texts. */
export interface DiscoverySource {
  outlets: Outlet[];
  /** Every article, without its text. */
  cards: ArticleCard[];
  /** The chosen articles, in the order of `cards`. */
  texts: { id: string; outletId: string; text: string }[];
}

/** Reads the catalog and the texts of the articles `selection` chooses, in one transaction. */
export function loadDiscoverySource(
  selection: DiscoverySelection,
  database: FrameLensDatabase = defaultDb,
): Promise<DiscoverySource> {
  return database.transaction(
    'r',
    [database.outlets, database.articleCards, database.articles],
    async () => {
      const [outlets, cards] = await Promise.all([
        database.outlets.toArray(),
        database.articleCards.toArray(),
      ]);
      const articles = await database.articles.bulkGet(chosenArticleIds(cards, selection));
      const texts = articles.flatMap((article) =>
        article ? [{ id: article.id, outletId: article.outletId, text: article.text }] : [],
      );
      return { outlets, cards, texts };
    },
  );
}
