const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Texts longer than this are segmented in slices: V8 segments one string in time that grows
 * much faster than its length (160,000 characters took 44 s; a 130,000-character article took
 * about 4 times as long in 10,000-character slices as in 1,000-character ones).
 */
const SLICE_LENGTH = 1_000;

/** A character after which a new word segment must begin when a word character follows. */
const BREAKING_SPACE = /[ \t\n]/;
/** Characters that join the character before them (UAX #29 WB4) or are spaces themselves. */
const JOINS_PREVIOUS = /[\p{M}\p{Cf}\s]/u;

/** Number of word-like segments (Unicode word segmentation, so it works beyond ASCII). */
export function countWords(text: string): number {
  return countWordsInSlices(text, SLICE_LENGTH);
}

/**
 * The same count, segmenting at most about `sliceLength` characters at a time. Slices are cut
 * only between a space, tab or line feed and a following character that neither is a space
 * nor joins the character before it: Unicode word segmentation always breaks there, and no
 * rule looks across it, so the slices' segments are exactly the whole text's.
 */
export function countWordsInSlices(text: string, sliceLength: number): number {
  let count = 0;
  forEachWordInSlices(text, sliceLength, () => {
    count += 1;
  });
  return count;
}

/** Calls `visit` with each word-like segment's [start, end), in order (UTF-16 offsets). */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  forEachWordInSlices(text, SLICE_LENGTH, visit);
}

function forEachWordInSlices(
  text: string,
  sliceLength: number,
  visit: (start: number, end: number) => void,
): void {
  let from = 0;
  while (from < text.length) {
    const to = cutAfter(text, from + sliceLength);
    for (const segment of wordSegmenter.segment(text.slice(from, to))) {
      if (segment.isWordLike) {
        const start = from + segment.index;
        visit(start, start + segment.segment.length);
      }
    }
    from = to;
  }
}

/** The first safe cut at or after `at` (the text's end when there is none). */
function cutAfter(text: string, at: number): number {
  for (let i = Math.max(at, 1); i < text.length; i++) {
    if (BREAKING_SPACE.test(text.charAt(i - 1)) && !JOINS_PREVIOUS.test(text.charAt(i))) {
      return i;
    }
  }
  return text.length;
}
