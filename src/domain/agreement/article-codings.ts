import type { Annotation } from '../types';
import { codedKey } from './coded-articles';
import type { LabelSetValues } from './label-set-values';
import { spansByLabel, type AttributeIds, type LabelSpans } from './label-spans';
import { tokenLabelSets } from './token-values';
import { wordTokens, type WordTokens } from './word-tokens';

/** One annotator's coding of one article, ready for counting. */
export interface Coding {
  /** Index of the annotator in the report's order. */
  annotator: number;
  /** Per token, the interned label set covering it (0 = none). */
  values: Int32Array;
  /** The tokens with a label, ascending. */
  covered: Int32Array;
  /** How many tokens have each value other than none: `counts[i]` tokens have `ids[i]`. */
  valueCounts: { ids: Int32Array; counts: Int32Array };
  spansByLabel: Map<string, LabelSpans>;
}

export interface CodedArticle {
  id: string;
  tokens: number;
  /** The chosen annotators who coded the article, in report order. */
  codings: Coding[];
}

interface CodingSources {
  annotatorIds: readonly string[];
  coded: ReadonlySet<string>;
  /** Annotations by `codedKey(annotatorId, articleId)`. */
  spans: ReadonlyMap<string, Annotation[]>;
  values: LabelSetValues;
  attributeIds: AttributeIds;
}

/** Each chosen article tokenised once, with the codings of the chosen annotators who coded it. */
export function codedArticles(
  articles: readonly { id: string; text: string }[],
  sources: CodingSources,
): CodedArticle[] {
  return articles.map((article) => {
    const tokens = articleTokens(article);
    const codings: Coding[] = [];
    sources.annotatorIds.forEach((annotatorId, annotator) => {
      const key = codedKey(annotatorId, article.id);
      if (!sources.coded.has(key)) return;
      codings.push(coding(annotator, tokens, sources.spans.get(key) ?? [], sources));
    });
    return { id: article.id, tokens: tokens.count, codings };
  });
}

/**
 * Tokens of the articles seen, while their objects live: a reader of the same data (the
 * worker keeps what it read until a table changes) recomputes on every choice of annotators.
 */
const tokensOf = new WeakMap<object, { text: string; tokens: WordTokens }>();

function articleTokens(article: { text: string }): WordTokens {
  const cached = tokensOf.get(article);
  if (cached?.text === article.text) return cached.tokens;
  const tokens = wordTokens(article.text);
  tokensOf.set(article, { text: article.text, tokens });
  return tokens;
}

function coding(
  annotator: number,
  tokens: WordTokens,
  spans: Annotation[],
  sources: CodingSources,
): Coding {
  const sets = tokenLabelSets(tokens, spans);
  const values = new Int32Array(tokens.count);
  const covered = new Int32Array(sets.size);
  const valueCounts = new Map<number, number>();
  let i = 0;
  for (const [token, labelIds] of sets) {
    const value = sources.values.idOf(labelIds);
    values[token] = value;
    covered[i++] = token;
    valueCounts.set(value, (valueCounts.get(value) ?? 0) + 1);
  }
  const byLabel = spansByLabel(spans, sources.attributeIds);
  const valueIds = Int32Array.from(valueCounts.keys());
  const counts = { ids: valueIds, counts: Int32Array.from(valueCounts.values()) };
  return { annotator, values, covered, valueCounts: counts, spansByLabel: byLabel };
}
