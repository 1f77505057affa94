import { importedLanguage } from '../language-field';
import { checkArticleSize } from '../../article-size';
import { sha256Hex } from '../../hash';
import { cleanTitle } from '../../text/clean-title';
import { countWords } from '../../text/word-count';
import type { Article } from '../../types';
import { safeHttpUrl } from '../../urls';
import type { ImportedDocument } from '../foreign-import';
import { fail, succeed, type ParseResult } from '../result';
import { stableId } from '../stable-id';
import type { OutletResolver } from './outlet-matching';
import { destinationFor, type Destination } from './place-annotation';
import type { ArticleMatchCounts, PlanInput } from './plan-types';

/**
 * Finds the library article of each file article: the same text (textHash), else the same
 * link (the annotations are then re-anchored into the library's text), else a new article.
 */

export class ArticleIndex {
  readonly byHash: Map<string, Article>;
  readonly byId: Map<string, Article>;
  readonly byUrl = new Map<string, Article>();
  readonly added: Article[] = [];
  private readonly addedIds = new Set<string>();

  constructor(articles: readonly Article[]) {
    this.byHash = new Map(articles.map((article) => [article.textHash, article]));
    this.byId = new Map(articles.map((article) => [article.id, article]));
    for (const article of articles) {
      const url = safeHttpUrl(article.url);
      if (url) this.byUrl.set(url, article);
    }
  }

  add(article: Article): void {
    this.added.push(article);
    this.addedIds.add(article.id);
    this.byHash.set(article.textHash, article);
    this.byId.set(article.id, article);
  }

  isNew(article: Article): boolean {
    return this.addedIds.has(article.id);
  }

  byLink(url: string | null): Article | undefined {
    const safe = safeHttpUrl(url);
    return safe ? this.byUrl.get(safe) : undefined;
  }
}

export async function planDocuments(
  documents: readonly ImportedDocument[],
  input: PlanInput,
  index: ArticleIndex,
  outlets: OutletResolver,
  matches: ArticleMatchCounts,
): Promise<ParseResult<Map<string, Destination>>> {
  const destinations = new Map<string, Destination>();
  for (const document of documents) {
    const textHash = await sha256Hex(document.text);
    const sameText = index.byHash.get(textHash);
    if (sameText) {
      if (!index.isNew(sameText)) matches.sameText++;
      destinations.set(document.key, destinationFor(sameText, false, document.title));
      continue;
    }
    const sameLink = index.byLink(document.url);
    if (sameLink) {
      matches.differentText++;
      destinations.set(document.key, destinationFor(sameLink, true, document.title));
      continue;
    }
    const size = checkArticleSize(document.text);
    if (!size.ok) {
      return fail(
        `${document.key} ("${cleanTitle(document.title)}"): ${size.message} Nothing from this file was imported.`,
        document.key,
      );
    }
    const created: Article = {
      // Derived from the text, like the match itself: the same article gets the same id in
      // every library, whichever file brought it first.
      id: stableId(['framelens-article', textHash]),
      outletId: outlets.resolve(document.outletName),
      title: cleanTitle(document.title) || 'Untitled',
      url: safeHttpUrl(document.url),
      published: document.published,
      language: importedLanguage(document.language, document.text),
      text: document.text,
      textHash,
      wordCount: countWords(document.text),
      source: 'import',
      addedAt: input.now,
    };
    index.add(created);
    matches.added++;
    destinations.set(document.key, destinationFor(created, false, document.title));
  }
  return succeed(destinations);
}
