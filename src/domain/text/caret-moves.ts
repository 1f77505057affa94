import { wordAtOrAfter, wordBefore, type WordIndex } from './word-index';

/**
 * A selection made from the keyboard, in whole words: `anchor` stays put while Shift extends,
 * `head` is the word that moves. Both are indexes into a WordIndex.
 */
export interface WordSelection {
  anchor: number;
  head: number;
}

export type CaretMove =
  | 'word-forward'
  | 'word-backward'
  | 'sentence-forward'
  | 'sentence-backward'
  | 'paragraph-start'
  | 'paragraph-end';

/** What a caret move needs to know about the text, sentences found only when first asked. */
export interface TextLayout {
  text: string;
  words: WordIndex;
  sentenceStarts: () => number[];
}

export function spanOfSelection(words: WordIndex, selection: WordSelection) {
  const first = Math.min(selection.anchor, selection.head);
  const last = Math.max(selection.anchor, selection.head);
  return { start: words.starts[first] ?? 0, end: words.ends[last] ?? 0 };
}

/** The selection after a move: the head moves; without `extend` the anchor follows it. */
export function moveSelection(
  layout: TextLayout,
  selection: WordSelection,
  move: CaretMove,
  extend: boolean,
): WordSelection {
  const head = movedHead(layout, selection.head, move, extend);
  return { anchor: extend ? selection.anchor : head, head };
}

function movedHead(layout: TextLayout, head: number, move: CaretMove, extend: boolean): number {
  const last = layout.words.starts.length - 1;
  switch (move) {
    case 'word-forward':
      return Math.min(last, head + 1);
    case 'word-backward':
      return Math.max(0, head - 1);
    case 'sentence-forward':
      return sentenceForward(layout, head, extend);
    case 'sentence-backward':
      return sentenceBackward(layout, head);
    case 'paragraph-start':
      return wordAtOrAfter(layout.words, paragraphBounds(layout, head).start);
    case 'paragraph-end':
      return wordBefore(layout.words, paragraphBounds(layout, head).end);
  }
}

function paragraphBounds({ text, words }: TextLayout, head: number) {
  const at = words.starts[head] ?? 0;
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end === -1 ? text.length : end };
}

/** Index of the sentence holding word `head`, with the offsets where it and the next start. */
function sentenceOf({ words, sentenceStarts }: TextLayout, head: number) {
  const starts = sentenceStarts();
  const at = words.starts[head] ?? 0;
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? 0) <= at) index += 1;
  return { index, starts };
}

function firstWordOf(layout: TextLayout, starts: number[], sentence: number): number {
  return wordAtOrAfter(layout.words, starts[sentence] ?? 0);
}

function lastWordOf(layout: TextLayout, starts: number[], sentence: number): number {
  return wordBefore(layout.words, starts[sentence + 1] ?? layout.text.length);
}

/**
 * Moving: to the first word of the next sentence. Extending: to the last word of this
 * sentence, or of the next one when the head is already there.
 */
function sentenceForward(layout: TextLayout, head: number, extend: boolean): number {
  const { index, starts } = sentenceOf(layout, head);
  if (!extend) return index + 1 < starts.length ? firstWordOf(layout, starts, index + 1) : head;
  const end = lastWordOf(layout, starts, index);
  if (end !== head || index + 1 >= starts.length) return end;
  return lastWordOf(layout, starts, index + 1);
}

/** To the first word of this sentence, or of the previous one when the head is already there. */
function sentenceBackward(layout: TextLayout, head: number): number {
  const { index, starts } = sentenceOf(layout, head);
  const first = firstWordOf(layout, starts, index);
  if (first !== head || index === 0) return first;
  return firstWordOf(layout, starts, index - 1);
}
