import { countWords } from '../../domain/text/word-count';
import type { CorpusArticle } from '../../domain/exchange/kinds/corpus-article';
import type { Article } from '../../domain/types';
import { safeHttpUrl } from '../../domain/urls';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { findOrCreateOutlet } from '../seeding';

/**
 * Corpus import: several articles from files (.txt, .md, .html, corpus CSV, FrameLens
 * bundles) added in one transaction. Texts arrive normalised (NFC, LF) with their SHA-256
 * (hashing is asynchronous, so it happens before the transaction); an article whose text is
 * already stored is a duplicate and is skipped, never added twice.
 */

export type CorpusArticleInput = Omit<CorpusArticle, 'where'> & { textHash: string };

export interface CorpusImportResult {
  added: { id: string; title: string }[];
  duplicates: { title: string; existingTitle: string }[];
}

export interface StoredTextHash {
  textHash: string;
  id: string;
  title: string;
}

/** Every stored article's text hash, to report duplicates before importing. */
export async function listTextHashes(
  database: FrameLensDatabase = defaultDb,
): Promise<StoredTextHash[]> {
  const rows: StoredTextHash[] = [];
  await database.articles.each((article) =>
    rows.push({ textHash: article.textHash, id: article.id, title: article.title }),
  );
  return rows;
}

export async function addCorpusArticles(
  inputs: readonly CorpusArticleInput[],
  database: FrameLensDatabase = defaultDb,
): Promise<CorpusImportResult> {
  const addedAt = nowIso();
  return database.transaction('rw', [database.articles, database.outlets], async () => {
    const result: CorpusImportResult = { added: [], duplicates: [] };
    const batch = new Map<string, string>();
    for (const input of inputs) {
      const stored = await database.articles.where('textHash').equals(input.textHash).first();
      const existingTitle = stored?.title ?? batch.get(input.textHash);
      if (existingTitle !== undefined) {
        result.duplicates.push({ title: input.title, existingTitle });
        continue;
      }
      const article: Article = {
        id: newId(),
        outletId: await findOrCreateOutlet(database, input.outletName),
        title: input.title.trim(),
        url: safeHttpUrl(input.url),
        published: input.published.trim(),
        language: input.language,
        text: input.text,
        textHash: input.textHash,
        wordCount: countWords(input.text),
        source: input.source,
        addedAt,
      };
      await database.articles.add(article);
      batch.set(input.textHash, article.title);
      result.added.push({ id: article.id, title: article.title });
    }
    return result;
  });
}
