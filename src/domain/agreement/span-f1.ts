import { matchSameLabel, sharedCharacters, type MatchedPair } from '../scoring/overlap-matching';
import type { Annotation } from '../types';
import type { F1Result } from './agreement-types';
import type { SharedArticle } from './cohen-kappa';

/** Spans and matches of one pair for one label, summed over the articles both coded. */
export interface SpanCounts {
  a: number;
  b: number;
  exact: number;
  overlap: number;
}

export interface PairSpans {
  byLabel: Map<string, SpanCounts>;
  /** Overlap-matched pairs: `key` is A's span, `student` B's. */
  matches: MatchedPair<Annotation>[];
}

/**
 * Exact matches (same start, end and label) and one-to-one overlap matches (same label, at
 * least one shared character; larger overlap first, then earlier start) of B's spans against
 * A's. Each coding's spans per label are sorted by start, then end.
 */
export function pairSpans(shared: readonly SharedArticle[]): PairSpans {
  const byLabel = new Map<string, SpanCounts>();
  const matches: MatchedPair<Annotation>[] = [];
  for (const { a, b } of shared) {
    const labelIds = new Set([...a.spansByLabel.keys(), ...b.spansByLabel.keys()]);
    for (const labelId of labelIds) {
      const spansA = a.spansByLabel.get(labelId) ?? [];
      const spansB = b.spansByLabel.get(labelId) ?? [];
      let counts = byLabel.get(labelId);
      if (!counts) byLabel.set(labelId, (counts = { a: 0, b: 0, exact: 0, overlap: 0 }));
      counts.a += spansA.length;
      counts.b += spansB.length;
      if (spansA.length === 0 || spansB.length === 0) continue;
      counts.exact += exactMatches(spansA, spansB);
      const before = matches.length;
      overlapMatches(spansA, spansB, matches);
      counts.overlap += matches.length - before;
    }
  }
  return { byLabel, matches };
}

const byExtent = (x: Annotation, y: Annotation) => x.start - y.start || x.end - y.end;

/** One-to-one: each extent counts min(times in A, times in B). Both sorted by extent. */
function exactMatches(spansA: readonly Annotation[], spansB: readonly Annotation[]): number {
  let matched = 0;
  let i = 0;
  let j = 0;
  while (i < spansA.length && j < spansB.length) {
    const order = byExtent(spansA[i]!, spansB[j]!);
    if (order === 0) matched += 1;
    if (order <= 0) i += 1;
    if (order >= 0) j += 1;
  }
  return matched;
}

/**
 * `matchSameLabel` on each cluster of spans that overlap one another (directly or through
 * others): spans in different clusters share no candidate pair, so the greedy matching of the
 * whole is the union of the clusters' — and most clusters are one span of each side.
 */
function overlapMatches(
  spansA: readonly Annotation[],
  spansB: readonly Annotation[],
  into: MatchedPair<Annotation>[],
): void {
  let i = 0;
  let j = 0;
  const clusterA: Annotation[] = [];
  const clusterB: Annotation[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (clusterA.length === 1 && clusterB.length === 1) {
      if (sharedCharacters(clusterA[0]!, clusterB[0]!) > 0) {
        into.push({ key: clusterA[0]!, student: clusterB[0]! });
      }
    } else if (clusterA.length > 0 && clusterB.length > 0) {
      into.push(...matchSameLabel(clusterB, clusterA));
    }
    clusterA.length = 0;
    clusterB.length = 0;
  };
  while (i < spansA.length || j < spansB.length) {
    const takeA = j >= spansB.length || (i < spansA.length && spansA[i]!.start <= spansB[j]!.start);
    const span = takeA ? spansA[i++]! : spansB[j++]!;
    if (span.start >= clusterEnd) flush();
    (takeA ? clusterA : clusterB).push(span);
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  flush();
}

export function sumCounts(rows: Iterable<SpanCounts>): SpanCounts {
  const total = { a: 0, b: 0, exact: 0, overlap: 0 };
  for (const row of rows) {
    total.a += row.a;
    total.b += row.b;
    total.exact += row.exact;
    total.overlap += row.overlap;
  }
  return total;
}

interface F1Words {
  nameA: string;
  nameB: string;
  /** "span" or "“Terrorist” span". */
  what: string;
  /** False when the two coded no article in common. */
  shareArticles: boolean;
}

/** P = matched / |B|, R = matched / |A|, F1 = 2PR / (P + R) (0 when P + R = 0). */
export function f1Result(matched: number, a: number, b: number, words: F1Words): F1Result {
  const precision = b > 0 ? matched / b : null;
  const recall = a > 0 ? matched / a : null;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, reason: f1Reason(a, b, words), matched, a, b };
}

function f1Reason(a: number, b: number, words: F1Words): string | null {
  const { nameA, nameB, what } = words;
  if (!words.shareArticles) return `${nameA} and ${nameB} coded no article in common.`;
  const where = 'on the articles both coded';
  if (a === 0 && b === 0) return `Neither ${nameA} nor ${nameB} marked any ${what} ${where}.`;
  if (b === 0) return `${nameB} marked no ${what} ${where}, so precision is undefined.`;
  if (a === 0) return `${nameA} marked no ${what} ${where}, so recall is undefined.`;
  return null;
}
