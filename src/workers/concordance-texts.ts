import type { Article } from '../domain/types';

type ArticleText = Pick<Article, 'id' | 'textHash' | 'text'>;

/** Reads the texts of the given articles (those still stored). */
export type LoadArticleTexts = (articleIds: readonly string[]) => Promise<ArticleText[]>;

/**
 * The texts a concordance quotes, read when it is asked for: the summary reads the articles
 * without their texts. The last query's texts are kept by text hash (the same hash is the same
 * text), so the same term on another filter reads only the texts it did not quote before.
 */
export class ConcordanceTexts {
  private byHash = new Map<string, string>();

  constructor(private readonly load: LoadArticleTexts) {}

  /** Texts by article id. */
  async textsOf(
    articles: readonly Pick<Article, 'id' | 'textHash'>[],
  ): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const kept = new Map<string, string>();
    const missing: string[] = [];
    for (const { id, textHash } of articles) {
      const text = this.byHash.get(textHash);
      if (text === undefined) {
        missing.push(id);
      } else {
        texts.set(id, text);
        kept.set(textHash, text);
      }
    }
    if (missing.length > 0) {
      for (const article of await this.load(missing)) {
        texts.set(article.id, article.text);
        kept.set(article.textHash, article.text);
      }
    }
    this.byHash = kept;
    return texts;
  }
}
