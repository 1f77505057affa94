import { overlapChecker } from '../../domain/annotations/span-overlap';
import { detectVoice } from '../../domain/attribution/detect-voice';
import { occurrencesOf } from '../../domain/suggestions/similar-occurrences';
import type { LexiconMatcher } from '../../domain/lexicon/match-lexicon';
import type { Annotation, Article, Voice } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/** One occurrence of a term in another article, not yet annotated by the person. */
export interface CorpusOccurrence {
  articleId: string;
  /** The whole article text (shared, not copied): a new annotation's quote context. */
  articleText: string;
  title: string;
  outletId: string;
  /** The outlet's stored name (a view masks it in outlet-blind mode). */
  outletName: string;
  start: number;
  end: number;
  voice: Voice;
}

export interface CorpusSearchResult {
  /** At most `limit` occurrences, in article order then text order. */
  occurrences: CorpusOccurrence[];
  /** How many were found in all (more than listed when the limit was reached). */
  found: number;
  articlesRead: number;
}

export interface CorpusSearchOptions {
  /** The article the term was marked in: its occurrences are offered there already. */
  excludeArticleId: string;
  /** Occurrences over words this annotator has annotated or rejected are left out. */
  annotatorId: string;
  limit: number;
  /** Articles read per step; between steps the browser is free to paint and take input. */
  chunkSize?: number;
  onProgress?: (read: number, total: number) => void;
  /** Checked between steps: true stops the search (the result then holds what was found). */
  isCancelled?: () => boolean;
}

type Found = Omit<CorpusOccurrence, 'outletName' | 'voice'>;

function occurrencesInArticle(matcher: LexiconMatcher, article: Article): Found[] {
  return occurrencesOf(matcher, article.text).map(({ start, end }) => ({
    articleId: article.id,
    articleText: article.text,
    title: article.title,
    outletId: article.outletId,
    start,
    end,
  }));
}

/** Drops occurrences over words the annotator has handled (annotated, or rejected). */
async function unhandled(
  database: FrameLensDatabase,
  found: Found[],
  annotatorId: string,
): Promise<Found[]> {
  const articleIds = [...new Set(found.map((occurrence) => occurrence.articleId))];
  const mine = await database.annotations
    .where('[articleId+annotatorId]')
    .anyOf(articleIds.map((articleId) => [articleId, annotatorId]))
    .toArray();
  const handled = new Map<string, Annotation[]>();
  for (const annotation of mine) {
    if (annotation.deleted && annotation.status !== 'rejected-suggestion') continue;
    const spans = handled.get(annotation.articleId) ?? [];
    spans.push(annotation);
    handled.set(annotation.articleId, spans);
  }
  const checkers = new Map(
    [...handled].map(([articleId, spans]) => [articleId, overlapChecker(spans)]),
  );
  return found.filter(
    (occurrence) => !checkers.get(occurrence.articleId)?.(occurrence.start, occurrence.end),
  );
}

/**
 * The occurrences of a term (its compiled forms) in every article but one, read in one
 * read-only transaction a chunk of articles at a time (a corpus may hold thousands), with
 * progress after each chunk.
 */
export async function findInOtherArticles(
  matcher: LexiconMatcher,
  options: CorpusSearchOptions,
  database: FrameLensDatabase = defaultDb,
): Promise<CorpusSearchResult> {
  // Small steps: a step's texts are decoded and scanned at once, and one article may be long.
  const chunkSize = options.chunkSize ?? 25;
  const tables = [database.articles, database.outlets, database.annotations];
  return database.transaction('r', tables, async () => {
    const total = await database.articles.count();
    const outlets = new Map((await database.outlets.toArray()).map((o) => [o.id, o.name]));
    const found: Found[] = [];
    let read = 0;
    let lastId: string | null = null;
    while (!options.isCancelled?.()) {
      const chunk: Article[] = await (
        lastId === null
          ? database.articles.orderBy(':id')
          : database.articles.where(':id').above(lastId)
      )
        .limit(chunkSize)
        .toArray();
      if (chunk.length === 0) break;
      lastId = chunk[chunk.length - 1]?.id ?? null;
      read += chunk.length;
      for (const article of chunk) {
        if (article.id !== options.excludeArticleId) {
          found.push(...occurrencesInArticle(matcher, article));
        }
      }
      options.onProgress?.(read, total);
    }
    const open = found.length > 0 ? await unhandled(database, found, options.annotatorId) : [];
    return {
      // The voice is judged only for the occurrences listed.
      occurrences: open.slice(0, options.limit).map((occurrence) => ({
        ...occurrence,
        outletName: outlets.get(occurrence.outletId) ?? 'Unknown outlet',
        voice: detectVoice(occurrence.articleText, occurrence.start, occurrence.end),
      })),
      found: open.length,
      articlesRead: read,
    };
  });
}
