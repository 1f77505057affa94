import type { Span } from '../text/graphemes';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
let cached: { text: string; starts: Int32Array } | null = null;

/** Longest piece handed to the segmenter at once (see `sentenceStarts`). */
const MAX_PIECE = 4096;

/**
 * Where a long line may be cut without changing its segmentation: just after ". ", "! " or
 * "? " before an upper-case letter, where Unicode sentence rules always break (SB11).
 */
function nextCut(text: string, from: number, limit: number): number {
  for (let i = Math.max(from + 2, 2); i < limit; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 0x41 &&
      c <= 0x5a &&
      text.charAt(i - 1) === ' ' &&
      '.!?'.includes(text.charAt(i - 2))
    ) {
      return i;
    }
  }
  return limit;
}

/**
 * Start offsets of every sentence, plus text.length; the last text's answer is cached.
 * Iterating Intl.Segmenter segments gets slower than linear on long strings (seconds for a
 * 100 kB article in V8), so lines — always sentence breaks — are segmented one by one, and
 * long lines in pieces cut where a sentence break is certain.
 */
function sentenceStarts(text: string): Int32Array {
  if (cached && cached.text === text) {
    // Keep the caller's string: equal strings that are different objects compare character
    // by character, which, thousands of calls over a long article, costs more than the work.
    cached.text = text;
    return cached.starts;
  }
  const starts: number[] = [];
  let pieceStart = 0;
  while (pieceStart < text.length) {
    const newline = text.indexOf('\n', pieceStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const pieceEnd =
      lineEnd - pieceStart > MAX_PIECE ? nextCut(text, pieceStart + MAX_PIECE, lineEnd) : lineEnd;
    for (const segment of sentenceSegmenter.segment(text.slice(pieceStart, pieceEnd))) {
      starts.push(pieceStart + segment.index);
    }
    pieceStart = pieceEnd;
  }
  starts.push(text.length);
  cached = { text, starts: Int32Array.from(starts) };
  return cached.starts;
}

/** Index of the sentence that contains unit `offset`. */
function sentenceIndex(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The paragraph (line: article text keeps one paragraph per line) that holds [start, end),
 * without its line breaks. A span crossing lines gets every line it touches.
 */
export function paragraphBounds(text: string, start: number, end: number): Span {
  const from = start <= 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', Math.max(end, start));
  return { start: Math.min(from, start), end: lineEnd === -1 ? text.length : lineEnd };
}

/**
 * The sentence(s) holding [start, end): Unicode sentence segmentation (Intl.Segmenter), which
 * also breaks at every line break, so a sentence never crosses a paragraph. Trailing white
 * space is left out.
 */
export function sentenceBounds(text: string, start: number, end: number): Span {
  if (text.length === 0) return { start: 0, end: 0 };
  const starts = sentenceStarts(text);
  const first = sentenceIndex(starts, Math.min(Math.max(start, 0), text.length - 1));
  const last = sentenceIndex(starts, Math.min(Math.max(end - 1, start, 0), text.length - 1));
  const from = starts[first] ?? 0;
  let to = starts[last + 1] ?? text.length;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return { start: Math.min(from, start), end: Math.max(to, end) };
}
