import { db } from '../../src/db';
import { MAX_ARTICLE_CHARS } from '../../src/domain/article-size';
import { storeGeneratedCorpus } from './app-database';

/**
 * The largest article FrameLens accepts (or `chars`, for the smoke run), with one annotation
 * per 20 words, stored in the app's database for the reader to open. `singleParagraph`: all
 * of it one paragraph, as a paste without line breaks is.
 */
export async function seedLargeArticle(chars: number | null, singleParagraph: boolean) {
  const limit = chars ?? MAX_ARTICLE_CHARS;
  const corpus = await storeGeneratedCorpus(
    {
      articles: 1,
      wordsPerArticle: Number.MAX_SAFE_INTEGER,
      charsPerArticle: limit,
      singleParagraph,
      annotationsPerArticle: Math.floor(limit / 120),
    },
    40_000,
  );
  const article = corpus.articles[0]!;
  const sample = await db.articles.filter((stored) => stored.source === 'seed').first();
  return {
    articleId: article.id,
    /** A sample article, opened first so that the reader's code is loaded and compiled. */
    sampleId: sample?.id ?? null,
    chars: article.text.length,
    singleParagraph,
    limit: MAX_ARTICLE_CHARS,
    words: article.wordCount,
    annotations: corpus.annotations.length,
  };
}
