import { countWords } from '../../src/domain/text/word-count';

export interface Sentence {
  text: string;
  words: number;
}

/**
 * The sentences of the seed articles, the bricks of every generated article. Lines are split
 * after a full stop, question or exclamation mark followed by a space; fragments shorter than
 * four words (bylines, captions) are left out, and each sentence is kept once.
 */
export function seedSentences(texts: readonly string[]): Sentence[] {
  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      for (const piece of line.split(/(?<=[.!?])\s+/)) {
        const sentence = piece.trim();
        if (seen.has(sentence)) continue;
        const words = countWords(sentence);
        if (words < 4) continue;
        seen.add(sentence);
        sentences.push({ text: sentence, words });
      }
    }
  }
  return sentences;
}
