import type { Annotation } from '../types';
import { codedKey } from './coded-articles';
import type { LabelSetValues } from './label-set-values';
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
  /** How many tokens have each value other than none. */
  valueCounts: Map<number, number>;
  /** Sorted by start, then end. */
  spansByLabel: Map<string, Annotation[]>;
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
}

/** Each chosen article tokenised once, with the codings of the chosen annotators who coded it. */
export function codedArticles(
  articles: readonly { id: string; text: string }[],
  sources: CodingSources,
): CodedArticle[] {
  return articles.map((article) => {
    const tokens = wordTokens(article.text);
    const codings: Coding[] = [];
    sources.annotatorIds.forEach((annotatorId, annotator) => {
      const key = codedKey(annotatorId, article.id);
      if (!sources.coded.has(key)) return;
      codings.push(coding(annotator, tokens, sources.spans.get(key) ?? [], sources.values));
    });
    return { id: article.id, tokens: tokens.count, codings };
  });
}

function coding(
  annotator: number,
  tokens: WordTokens,
  spans: Annotation[],
  labelSets: LabelSetValues,
): Coding {
  const sets = tokenLabelSets(tokens, spans);
  const values = new Int32Array(tokens.count);
  const covered = new Int32Array(sets.size);
  const valueCounts = new Map<number, number>();
  let i = 0;
  for (const [token, labelIds] of sets) {
    const value = labelSets.idOf(labelIds);
    values[token] = value;
    covered[i++] = token;
    valueCounts.set(value, (valueCounts.get(value) ?? 0) + 1);
  }
  return { annotator, values, covered, valueCounts, spansByLabel: byLabel(spans) };
}

function byLabel(spans: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const span of spans) {
    const group = groups.get(span.labelId);
    if (group) group.push(span);
    else groups.set(span.labelId, [span]);
  }
  for (const group of groups.values()) group.sort((x, y) => x.start - y.start || x.end - y.end);
  return groups;
}
