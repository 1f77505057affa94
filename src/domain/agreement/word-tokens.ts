import { forEachWord } from '../text/word-count';

/**
 * An article's word tokens, the units of agreement: Unicode word segments (Intl.Segmenter,
 * `isWordLike`), in text order. Token i is [starts[i], ends[i]) in UTF-16 offsets.
 */
export interface WordTokens {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

export function wordTokens(text: string): WordTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  forEachWord(text, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), count: starts.length };
}

/**
 * The tokens a span [start, end) covers — those it shares at least one character with — as
 * the half-open index range [first, last). Empty (first === last) when it covers none.
 */
export function coveredTokens(
  tokens: WordTokens,
  start: number,
  end: number,
): { first: number; last: number } {
  // First token whose end is after `start`…
  let low = 0;
  let high = tokens.count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens.ends[mid] ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  const first = low;
  // …up to the first token that starts at or after `end`.
  high = tokens.count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens.starts[mid] ?? 0) < end) low = mid + 1;
    else high = mid;
  }
  return { first, last: Math.max(first, low) };
}
