import type { KappaResult } from './agreement-types';
import type { Coding } from './article-codings';

/** Two annotators' codings of one article both coded. */
export interface SharedArticle {
  tokens: number;
  a: Coding;
  b: Coding;
}

interface KappaWords {
  /** "A and B": shown in reasons. */
  pair: string;
  /** The value both gave every word, when κ is undefined for that reason. */
  describe: (value: number) => string;
  /** How many distinct values there are (interned 0 … values − 1). */
  values: number;
}

/**
 * Cohen's κ over the tokens of the articles both coded: p_o = share of tokens with the same
 * value, p_e = Σ_c p_A(c)·p_B(c) from each annotator's own marginals, κ = (p_o − p_e)/(1 − p_e).
 * Only the tokens either labelled are visited: the rest agree on "none".
 */
export function cohenKappa(shared: readonly SharedArticle[], words: KappaWords): KappaResult {
  let n = 0;
  let agree = 0;
  const margins = marginTotals(words.values);
  for (const { tokens, a, b } of shared) {
    n += tokens;
    let both = 0;
    let same = 0;
    for (const token of a.covered) {
      const valueB = b.values[token]!;
      if (valueB === 0) continue;
      both += 1;
      if (valueB === a.values[token]) same += 1;
    }
    agree += tokens - (a.covered.length + b.covered.length - both) + same;
    addMargins(margins.a, a, tokens);
    addMargins(margins.b, b, tokens);
  }
  if (n === 0) {
    const reason = `${words.pair} coded no article in common.`;
    return { value: null, reason, n, observed: null, expected: null };
  }
  let chanceTimesN2 = 0;
  for (let value = 0; value < words.values; value++) {
    chanceTimesN2 += margins.a[value]! * margins.b[value]!;
  }
  const observed = agree / n;
  const expected = chanceTimesN2 / (n * n);
  if (chanceTimesN2 === n * n) {
    const value = margins.a.findIndex((count) => count > 0);
    const reason = `${words.pair} gave every word the same value (${words.describe(value)}), so agreement by chance is already 1.`;
    return { value: null, reason, n, observed, expected };
  }
  return { value: (observed - expected) / (1 - expected), reason: null, n, observed, expected };
}

/** Each annotator's count of tokens per value, reused from pair to pair. */
let scratch = { a: new Float64Array(0), b: new Float64Array(0) };

function marginTotals(values: number): { a: Float64Array; b: Float64Array } {
  if (scratch.a.length < values) {
    scratch = { a: new Float64Array(values), b: new Float64Array(values) };
  }
  scratch.a.fill(0);
  scratch.b.fill(0);
  return scratch;
}

function addMargins(margins: Float64Array, coding: Coding, tokens: number): void {
  margins[0] = margins[0]! + tokens - coding.covered.length;
  const { ids, counts } = coding.valueCounts;
  for (let i = 0; i < ids.length; i++) margins[ids[i]!] = margins[ids[i]!]! + counts[i]!;
}
