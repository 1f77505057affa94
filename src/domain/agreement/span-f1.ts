import { matchSameLabel } from '../scoring/overlap-matching';
import type { F1Result } from './agreement-types';
import type { SharedArticle } from './cohen-kappa';
import type { LabelSpans } from './label-spans';

/** Spans and matches of one pair for one label, summed over the articles both coded. */
export interface SpanCounts {
  a: number;
  b: number;
  exact: number;
  overlap: number;
}

/** Called with each overlap-matched pair: A's spans and index, B's spans and index. */
export type OnMatch = (a: LabelSpans, x: number, b: LabelSpans, y: number) => void;

const NO_SPANS: LabelSpans = {
  spans: [],
  starts: new Int32Array(0),
  ends: new Int32Array(0),
  targets: new Int32Array(0),
  voices: new Int32Array(0),
  valences: new Float64Array(0),
};

/**
 * Exact matches (same start, end and label) and one-to-one overlap matches (same label, at
 * least one shared character; larger overlap first, then earlier start) of B's spans against
 * A's, per label.
 */
export function pairSpans(
  shared: readonly SharedArticle[],
  onMatch: OnMatch,
): Map<string, SpanCounts> {
  const byLabel = new Map<string, SpanCounts>();
  for (const { a, b } of shared) {
    for (const labelId of labelsOfEither(a.spansByLabel, b.spansByLabel)) {
      const spansA = a.spansByLabel.get(labelId) ?? NO_SPANS;
      const spansB = b.spansByLabel.get(labelId) ?? NO_SPANS;
      let counts = byLabel.get(labelId);
      if (!counts) byLabel.set(labelId, (counts = { a: 0, b: 0, exact: 0, overlap: 0 }));
      counts.a += spansA.spans.length;
      counts.b += spansB.spans.length;
      if (spansA.spans.length === 0 || spansB.spans.length === 0) continue;
      counts.exact += exactMatches(spansA, spansB);
      counts.overlap += overlapMatches(spansA, spansB, onMatch);
    }
  }
  return byLabel;
}

function labelsOfEither(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  const labelIds = [...a.keys()];
  for (const labelId of b.keys()) if (!a.has(labelId)) labelIds.push(labelId);
  return labelIds;
}

/** One-to-one: each extent counts min(times in A, times in B). Both sorted by extent. */
function exactMatches(a: LabelSpans, b: LabelSpans): number {
  let matched = 0;
  let i = 0;
  let j = 0;
  while (i < a.starts.length && j < b.starts.length) {
    const order = a.starts[i]! - b.starts[j]! || a.ends[i]! - b.ends[j]!;
    if (order === 0) matched += 1;
    if (order <= 0) i += 1;
    if (order >= 0) j += 1;
  }
  return matched;
}

/**
 * `matchSameLabel` on each cluster of spans that overlap one another (directly or through
 * others): spans in different clusters share no candidate pair, so the greedy matching of the
 * whole is the union of the clusters' — and most clusters are one span of each side. Both
 * lists are sorted by start, so a cluster is a range of each: A[fromA, i) and B[fromB, j).
 */
function overlapMatches(a: LabelSpans, b: LabelSpans, onMatch: OnMatch): number {
  const countA = a.starts.length;
  const countB = b.starts.length;
  let matched = 0;
  let i = 0;
  let j = 0;
  let fromA = 0;
  let fromB = 0;
  let clusterEnd = -1;
  while (i < countA || j < countB) {
    const takeA = j >= countB || (i < countA && a.starts[i]! <= b.starts[j]!);
    if ((takeA ? a.starts[i]! : b.starts[j]!) >= clusterEnd) {
      matched += matchCluster(a, fromA, i, b, fromB, j, onMatch);
      fromA = i;
      fromB = j;
    }
    clusterEnd = Math.max(clusterEnd, takeA ? a.ends[i++]! : b.ends[j++]!);
  }
  return matched + matchCluster(a, fromA, i, b, fromB, j, onMatch);
}

function matchCluster(
  a: LabelSpans,
  fromA: number,
  toA: number,
  b: LabelSpans,
  fromB: number,
  toB: number,
  onMatch: OnMatch,
): number {
  if (toA === fromA || toB === fromB) return 0;
  if (toA - fromA === 1 && toB - fromB === 1) {
    const shared =
      Math.min(a.ends[fromA]!, b.ends[fromB]!) - Math.max(a.starts[fromA]!, b.starts[fromB]!);
    if (shared <= 0) return 0;
    onMatch(a, fromA, b, fromB);
    return 1;
  }
  const keys = a.spans.slice(fromA, toA);
  const students = b.spans.slice(fromB, toB);
  const pairs = matchSameLabel(students, keys);
  for (const { key, student } of pairs) {
    onMatch(a, fromA + keys.indexOf(key), b, fromB + students.indexOf(student));
  }
  return pairs.length;
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
