import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import type { Article, ArticleCard } from '../domain/types';

const ARTICLE_CARDS_TABLE = 'articleCards';
const ARTICLES_TABLE = 'articles';

export function toArticleCard(article: Article): ArticleCard {
  return {
    id: article.id,
    outletId: article.outletId,
    title: article.title,
    url: article.url,
    published: article.published,
    language: article.language,
    textHash: article.textHash,
    wordCount: article.wordCount,
    source: article.source,
    addedAt: article.addedAt,
  };
}

/** The same change, applied to the cards; null when it changes no card. */
function mirror(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): DBCoreMutateRequest | null {
  const { trans } = request;
  switch (request.type) {
    case 'add':
    case 'put': {
      // Rows that failed (e.g. a duplicate text) were not written: their cards are not either.
      const values = request.values
        .filter((_, index) => !response.failures[index])
        .map((value) => toArticleCard(value as Article));
      return values.length > 0 ? { type: 'put', trans, values } : null;
    }
    case 'delete':
      return request.keys.length > 0 ? { type: 'delete', trans, keys: request.keys } : null;
    case 'deleteRange':
      // Cards share the articles' primary keys, so the same key range names the same rows.
      return { type: 'deleteRange', trans, range: request.range };
  }
}

/**
 * Keeps `articleCards` equal to `articles` minus the texts, for every write however it is made
 * (repositories, the import worker, restore, the benchmark's seeding): every read-write
 * transaction on articles also covers the cards, and each articles write is repeated on them
 * in that same transaction, so both land or neither does.
 */
export const articleCardsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleCards',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' &&
          stores.includes(ARTICLES_TABLE) &&
          !stores.includes(ARTICLE_CARDS_TABLE)
          ? [...stores, ARTICLE_CARDS_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== ARTICLES_TABLE) return table;
      return {
        ...table,
        // `.then` rather than `await`: it keeps Dexie's transaction zone for the layers below.
        mutate: (request) =>
          table.mutate(request).then((response) => {
            const cardsRequest = mirror(request, response);
            if (!cardsRequest) return response;
            return down
              .table(ARTICLE_CARDS_TABLE)
              .mutate(cardsRequest)
              .then((cards) => {
                // A card that cannot be written fails the articles write too (and its transaction).
                if (cards.numFailures > 0) throw Object.values(cards.failures)[0];
                return response;
              });
          }),
      };
    },
  }),
};
