const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The word-like segments of a text, in order: word i spans starts[i]..ends[i]. */
export interface WordIndex {
  starts: number[];
  ends: number[];
}

export function indexWords(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    starts.push(segment.index);
    ends.push(segment.index + segment.segment.length);
  }
  return { starts, ends };
}

/** Index of the first word ending after `offset` (or the last word). */
export function wordAtOrAfter(words: WordIndex, offset: number): number {
  let low = 0;
  let high = words.ends.length - 1;
  let answer = words.ends.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((words.ends[middle] ?? 0) > offset) {
      answer = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return Math.max(0, answer);
}

/** Index of the last word starting before `offset` (or the first word). */
export function wordBefore(words: WordIndex, offset: number): number {
  let low = 0;
  let high = words.starts.length - 1;
  let answer = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((words.starts[middle] ?? 0) < offset) {
      answer = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return answer;
}
