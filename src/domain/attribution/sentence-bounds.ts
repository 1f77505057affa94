import type { Span } from '../text/graphemes';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
let cached: { text: string; segments: Intl.Segments } | null = null;

function sentencesOf(text: string): Intl.Segments {
  if (cached && cached.text === text) return cached.segments;
  const segments = sentenceSegmenter.segment(text);
  cached = { text, segments };
  return segments;
}

/**
 * The paragraph (line: article text keeps one paragraph per line) that holds [start, end),
 * without its line breaks. A span crossing lines gets every line it touches.
 */
export function paragraphBounds(text: string, start: number, end: number): Span {
  const lineStart = text.lastIndexOf('\n', Math.max(0, start - 1));
  const from = start === 0 ? 0 : lineStart + 1;
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
  const segments = sentencesOf(text);
  const first = segments.containing(Math.min(start, text.length - 1));
  const last = segments.containing(Math.min(Math.max(end - 1, start), text.length - 1));
  const from = first ? first.index : start;
  let to = last ? last.index + last.segment.length : end;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return { start: Math.min(from, start), end: Math.max(to, end) };
}
