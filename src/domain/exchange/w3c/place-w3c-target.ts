import { createAnchorer, type AnchorResult, type AnchorSelector } from '../../anchoring/reanchor';
import { makeOffsetConverter, type OffsetConverter } from '../../text/quote-selector';
import { safeHttpUrl } from '../../urls';
import type { TargetReading } from './read-w3c-target';
import type { W3cArticle } from './w3c-ids';

/** Finding a target's article in the library and its span in the article's text. */

export interface ArticleEntry {
  article: W3cArticle;
  converter: OffsetConverter | null;
  anchor: ((selector: AnchorSelector) => AnchorResult) | null;
}

export interface ArticleIndex {
  byHash: Map<string, ArticleEntry>;
  byUrl: Map<string, ArticleEntry>;
}

export function indexArticles(articles: readonly W3cArticle[]): ArticleIndex {
  const byHash = new Map<string, ArticleEntry>();
  const byUrl = new Map<string, ArticleEntry>();
  for (const article of articles) {
    const entry: ArticleEntry = { article, converter: null, anchor: null };
    byHash.set(article.textHash, entry);
    const url = safeHttpUrl(article.url);
    if (url) byUrl.set(url, entry);
  }
  return { byHash, byUrl };
}

export function findArticle(index: ArticleIndex, target: TargetReading): ArticleEntry | null {
  return (
    index.byHash.get(target.hashHint) ?? index.byUrl.get(safeHttpUrl(target.source) ?? '') ?? null
  );
}

export type Placement = { start: number; end: number; moved: string | null } | { reason: string };

/**
 * The UTF-16 span in the article text: the position converted from code points when the text
 * there is the quote, else the quote re-anchored; null (with a reason) when it cannot be placed.
 */
export function placeW3cTarget(entry: ArticleEntry, target: TargetReading): Placement {
  const text = entry.article.text;
  entry.converter ??= makeOffsetConverter(text);
  const { position, quote } = target;
  const start = position ? entry.converter.toUtf16(position.start) : null;
  const end = position ? entry.converter.toUtf16(position.end) : null;
  if (start !== null && end !== null && start < end) {
    if (!quote || text.slice(start, end) === quote.exact) return { start, end, moved: null };
  }
  const outside =
    position && (start === null || end === null)
      ? `its position ${position.start}–${position.end} is past the end of the text (${entry.converter.codePointLength} characters)`
      : null;
  if (!quote) {
    return { reason: outside ?? 'it has neither a quote nor a position inside the text' };
  }
  entry.anchor ??= createAnchorer(text);
  const anchored = entry.anchor({ start: start ?? 0, end: end ?? 0, ...quote });
  if (anchored.status === 'orphaned') {
    return { reason: outside ? `${outside}, and ${anchored.reason}` : anchored.reason };
  }
  const moved = position
    ? (outside ?? `the text at its position ${position.start}–${position.end} is not its quote`)
    : null;
  return { start: anchored.start, end: anchored.end, moved };
}
