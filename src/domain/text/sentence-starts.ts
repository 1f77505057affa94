const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** The offset where each sentence of the text begins (a line break also ends a sentence). */
export function sentenceStarts(text: string): number[] {
  return Array.from(sentenceSegmenter.segment(text), (segment) => segment.index);
}
