/**
 * Selection snapping for article text (UTF-16 offsets, as the DOM reports them).
 *
 * Grapheme and word boundaries come from Intl.Segmenter. `Segments.containing()` answers for
 * one offset without segmenting the whole text, and the last text's Segments object is cached,
 * so snapping many selections in one article does not re-read it.
 */

export interface Span {
  start: number;
  end: number;
}

type Granularity = 'grapheme' | 'word';

const segmenters: Record<Granularity, Intl.Segmenter> = {
  grapheme: new Intl.Segmenter(undefined, { granularity: 'grapheme' }),
  word: new Intl.Segmenter(undefined, { granularity: 'word' }),
};
const cache: Record<Granularity, { text: string; segments: Intl.Segments } | null> = {
  grapheme: null,
  word: null,
};

function segmentsOf(text: string, granularity: Granularity): Intl.Segments {
  const cached = cache[granularity];
  if (cached && cached.text === text) return cached.segments;
  const segments = segmenters[granularity].segment(text);
  cache[granularity] = { text, segments };
  return segments;
}

/** Orders the offsets and clamps them into [0, text.length]. */
function normalizeSpan(text: string, start: number, end: number): Span {
  const clamp = (n: number): number => Math.min(Math.max(Math.trunc(n) || 0, 0), text.length);
  const a = clamp(start);
  const b = clamp(end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

/** Start of the grapheme cluster that contains `offset` (offset itself if it is a boundary). */
export function graphemeStartAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  return segmentsOf(text, 'grapheme').containing(offset)?.index ?? offset;
}

/** End of the grapheme cluster that contains the unit before `offset`. */
export function graphemeEndAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  const segment = segmentsOf(text, 'grapheme').containing(offset - 1);
  return segment ? segment.index + segment.segment.length : offset;
}

/**
 * Widens [start, end) outward so that neither edge splits a grapheme cluster (a surrogate
 * pair, an emoji ZWJ sequence, a flag, a letter with combining marks). Offsets are clamped and
 * ordered first; an empty span stays empty (at the start of its cluster).
 */
export function snapToGraphemes(text: string, start: number, end: number): Span {
  const span = normalizeSpan(text, start, end);
  const snappedStart = graphemeStartAt(text, span.start);
  if (span.start === span.end) return { start: snappedStart, end: snappedStart };
  return { start: snappedStart, end: graphemeEndAt(text, span.end) };
}

const WHITE_SPACE = /\s/u;

/**
 * Exact-character mode: trims white space at both ends, then snaps outward to grapheme
 * boundaries (so a space that carries a combining mark is kept whole). Null if nothing is
 * left.
 */
export function trimSelection(text: string, start: number, end: number): Span | null {
  let { start: s, end: e } = normalizeSpan(text, start, end);
  while (s < e && WHITE_SPACE.test(text.charAt(s))) s++;
  while (e > s && WHITE_SPACE.test(text.charAt(e - 1))) e--;
  if (s === e) return null;
  return snapToGraphemes(text, s, e);
}

/**
 * Word mode (the default): widens each edge that falls inside a word to that word's boundary,
 * then trims everything at the edges that is not part of a word — white space, punctuation,
 * quotation marks, emoji. Inside the selection nothing is removed, so "foreign-backed",
 * "Tahrir al-Sham" or a selection spanning paragraphs stay whole.
 *
 * Words are Unicode word segments (Intl.Segmenter, `isWordLike`): an apostrophe between
 * letters belongs to the word ("HTS’s", "regime’s" stay whole, as a double-click in the
 * browser selects them), while a hyphen separates words, and closing quotes, trailing
 * apostrophes ("soldiers’") and full stops are trimmed. Null when the selection holds no word.
 */
export function snapToWords(text: string, start: number, end: number): Span | null {
  const span = snapToGraphemes(text, start, end);
  if (span.start === span.end) return null;
  const words = segmentsOf(text, 'word');

  // Move the start forward to the first word-like segment that ends after it…
  let s = span.start;
  for (;;) {
    if (s >= span.end) return null;
    const segment = words.containing(s);
    if (!segment) return null;
    if (segment.isWordLike) {
      s = segment.index;
      break;
    }
    s = segment.index + segment.segment.length;
  }
  // …and the end back to the last word-like segment that starts before it.
  let e = span.end;
  for (;;) {
    const segment = words.containing(e - 1);
    if (!segment) return null;
    if (segment.isWordLike) {
      e = segment.index + segment.segment.length;
      break;
    }
    e = segment.index;
  }
  return s < e ? { start: s, end: e } : null;
}
