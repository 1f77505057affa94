import { sha256Hex } from '../../domain/hash';
import type { ArticleMetadataInput, NewArticleInput } from '../../domain/article-input';
import { detectLanguage } from '../../domain/text/detect-language';
import { normalizeText } from '../../domain/text/normalize-text';
import { countWords } from '../../domain/text/word-count';
import { safeHttpUrl } from '../../domain/urls';
import type { Annotation, Article, ArticleCard, ArticleSource, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';
import { findOrCreateOutlet } from '../seeding';

/** What the library shows for an article: its card (no text) and its outlet's name. */
export interface ArticleListItem extends ArticleCard {
  outletName: string;
}

export interface ArticleWithOutlet {
  article: Article;
  outlet: Outlet | undefined;
}

/** An article's fields; without a language, a new article's is told from its text. */
type WithOptionalLanguage<T> = Omit<T, 'language'> & { language?: string };

export type AddArticleResult =
  | { status: 'added'; articleId: string }
  | { status: 'duplicate'; existingId: string; existingTitle: string };

/** Every article without its text: texts are large and only searching needs them. */
export async function listArticles(
  database: FrameLensDatabase = defaultDb,
): Promise<ArticleListItem[]> {
  return database.transaction('r', [database.articleCards, database.outlets], async () => {
    const [cards, outlets] = await Promise.all([
      database.articleCards.toArray(),
      database.outlets.toArray(),
    ]);
    const outletNames = new Map(outlets.map((outlet) => [outlet.id, outlet.name]));
    return cards.map((card) => ({
      ...card,
      outletName: outletNames.get(card.outletId) ?? 'Unknown outlet',
    }));
  });
}

/** Every article's text by article id, for the library's full-text search. */
export async function listArticleTexts(
  database: FrameLensDatabase = defaultDb,
): Promise<Map<string, string>> {
  const articles = await database.articles.toArray();
  return new Map(articles.map((article) => [article.id, article.text]));
}

export async function getArticle(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<ArticleWithOutlet | null> {
  const article = await database.articles.get(id);
  if (!article) return null;
  const outlet = await database.outlets.get(article.outletId);
  return { article, outlet };
}

export async function addArticle(
  input: WithOptionalLanguage<NewArticleInput>,
  source: ArticleSource,
  database: FrameLensDatabase = defaultDb,
): Promise<AddArticleResult> {
  const text = normalizeText(input.text);
  const textHash = await sha256Hex(text);
  const wordCount = countWords(text);
  return database.transaction('rw', [database.articles, database.outlets], async () => {
    const existing = await database.articles.where('textHash').equals(textHash).first();
    if (existing) {
      return {
        status: 'duplicate',
        existingId: existing.id,
        existingTitle: existing.title,
      } as const;
    }
    const outletId = await findOrCreateOutlet(database, input.outletName);
    const article: Article = {
      id: newId(),
      outletId,
      title: input.title.trim(),
      url: safeHttpUrl(input.url),
      published: input.published.trim(),
      language: input.language ?? detectLanguage(text),
      text,
      textHash,
      wordCount,
      source,
      addedAt: nowIso(),
    };
    await database.articles.add(article);
    return { status: 'added', articleId: article.id } as const;
  });
}

export async function updateArticleMetadata(
  id: string,
  input: WithOptionalLanguage<ArticleMetadataInput>,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.transaction('rw', [database.articles, database.outlets], async () => {
    const article = await database.articles.get(id);
    if (!article) throw new Error('This article no longer exists.');
    const outletId = await findOrCreateOutlet(database, input.outletName);
    await database.articles.update(id, {
      outletId,
      title: input.title.trim(),
      url: safeHttpUrl(input.url),
      published: input.published.trim(),
      ...(input.language === undefined ? {} : { language: input.language }),
    });
    await deleteOutletIfUnused(database, article.outletId);
  });
}

export interface DeletedArticle {
  article: Article;
  outlet: Outlet | undefined;
  annotations: Annotation[];
}

/** Deletes an article and its annotations; returns what was removed so that it can be undone. */
export async function deleteArticle(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<DeletedArticle> {
  return database.transaction(
    'rw',
    [database.articles, database.annotations, database.outlets],
    async () => {
      const article = await database.articles.get(id);
      if (!article) throw new Error('This article no longer exists.');
      const annotations = await database.annotations.where('articleId').equals(id).toArray();
      const outlet = await database.outlets.get(article.outletId);
      await database.annotations.bulkDelete(annotations.map((annotation) => annotation.id));
      await database.articles.delete(id);
      await deleteOutletIfUnused(database, article.outletId);
      return { article, outlet, annotations };
    },
  );
}

export async function undoDeleteArticle(
  deleted: DeletedArticle,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.transaction(
    'rw',
    [database.articles, database.annotations, database.outlets],
    async () => {
      let outletId = deleted.article.outletId;
      if (deleted.outlet && !(await database.outlets.get(deleted.outlet.id))) {
        const sameName = await database.outlets
          .where('nameKey')
          .equals(deleted.outlet.nameKey)
          .first();
        if (sameName) outletId = sameName.id;
        else await database.outlets.add(deleted.outlet);
      }
      await database.articles.add({ ...deleted.article, outletId });
      await database.annotations.bulkAdd(deleted.annotations);
    },
  );
}

async function deleteOutletIfUnused(database: FrameLensDatabase, outletId: string): Promise<void> {
  const stillUsed = await database.articles.where('outletId').equals(outletId).count();
  if (!stillUsed) await database.outlets.delete(outletId);
}

export async function listOutlets(database: FrameLensDatabase = defaultDb): Promise<Outlet[]> {
  const outlets = await database.outlets.toArray();
  return outlets.sort((a, b) => a.name.localeCompare(b.name));
}
