/**
 * Selection snapping for article text (UTF-16 offsets, as the DOM reports them).
 *
 * Grapheme and word boundaries come from Intl.Segmenter. `Segments.containing()` costs time in
 * proportion to the whole string, so each question is asked of a small window instead: the
 * window is cut at "safe" offsets, where every segmentation of the full text also has a
 * boundary (see `isSafeCut`), which makes the answers identical to segmenting everything.
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

/** How far to look for a safe cut before giving up and taking the whole text. */
const MAX_WINDOW_REACH = 2048;
/** White space (as \s) without U+FEFF, which is a format character that joins its neighbours. */
const WHITE_SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
/**
 * Characters that join the preceding character's grapheme or word: marks, format characters
 * (ZWJ, ZWNJ, tags), emoji skin-tone modifiers, halfwidth kana sound marks, and the two
 * letters with Grapheme_Cluster_Break=SpacingMark (Thai and Lao AM).
 */
const ATTACHES_TO_PREVIOUS = /^[\p{M}\p{Cf}\u0e33\u0eb3\uff9e\uff9f]/u;
const isSkinToneModifier = (codePoint: number): boolean =>
  codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;

/**
 * A cut between text[i - 1] and text[i] that is both a grapheme and a word boundary: the ends
 * of the text, after a line break, or between white space and a character that cannot attach
 * to it (a combining mark, a format character such as ZWJ, or one of the two letters with
 * Grapheme_Cluster_Break=SpacingMark).
 */
function isSafeCut(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charAt(i - 1);
  if (before === '\n') return true;
  const codePoint = text.codePointAt(i) ?? 0;
  const after = String.fromCodePoint(codePoint);
  return (
    WHITE_SPACE.test(before) &&
    !WHITE_SPACE.test(after) &&
    !ATTACHES_TO_PREVIOUS.test(after) &&
    !isSkinToneModifier(codePoint)
  );
}

interface SegmentWindow {
  offset: number;
  segments: Intl.Segments;
}

function windowAround(
  text: string,
  from: number,
  to: number,
  granularity: Granularity,
): SegmentWindow {
  let start = Math.max(0, Math.min(from, text.length));
  const floor = Math.max(0, start - MAX_WINDOW_REACH);
  while (start > floor && !isSafeCut(text, start)) start--;
  if (!isSafeCut(text, start)) start = 0;
  let end = Math.min(text.length, Math.max(to, start));
  const ceiling = Math.min(text.length, end + MAX_WINDOW_REACH);
  while (end < ceiling && !isSafeCut(text, end)) end++;
  if (!isSafeCut(text, end)) end = text.length;
  return { offset: start, segments: segmenters[granularity].segment(text.slice(start, end)) };
}

interface Segment {
  index: number;
  end: number;
  isWordLike: boolean;
}

/** The segment of the text that contains unit `index` (0 <= index < text.length). */
function segmentContaining(window: SegmentWindow, index: number): Segment | null {
  const data = window.segments.containing(index - window.offset);
  if (!data) return null;
  const start = data.index + window.offset;
  return { index: start, end: start + data.segment.length, isWordLike: data.isWordLike === true };
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
  return (
    segmentContaining(windowAround(text, offset, offset + 1, 'grapheme'), offset)?.index ?? offset
  );
}

/** End of the grapheme cluster that contains the unit before `offset`. */
export function graphemeEndAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  return (
    segmentContaining(windowAround(text, offset - 1, offset, 'grapheme'), offset - 1)?.end ?? offset
  );
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
  const words = windowAround(text, span.start, span.end, 'word');

  // Move the start forward to the first word-like segment that ends after it…
  let s = span.start;
  for (;;) {
    if (s >= span.end) return null;
    const segment = segmentContaining(words, s);
    if (!segment) return null;
    if (segment.isWordLike) {
      s = segment.index;
      break;
    }
    s = segment.end;
  }
  // …and the end back to the last word-like segment that starts before it.
  let e = span.end;
  for (;;) {
    const segment = segmentContaining(words, e - 1);
    if (!segment) return null;
    if (segment.isWordLike) {
      e = segment.end;
      break;
    }
    e = segment.index;
  }
  return s < e ? { start: s, end: e } : null;
}

/**
 * Whether `offset` is a grapheme cluster boundary. Between two UTF-16 units below U+0300
 * (other than CR, which joins a following LF) it always is — no combining mark, joiner or
 * surrogate is that low — so most offsets are answered without segmenting.
 */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before < 0x300 && after < 0x300 && before !== 0x0d) return true;
  return graphemeStartAt(text, offset) === offset;
}
