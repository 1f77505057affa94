const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export interface WordIndex {
  starts: number[];
  ends: number[];
}

/** Word spans of a text, for moving a selection word by word from the keyboard. */
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
