import { describe, expect, test } from 'vitest';
import {
  moveSelection,
  spanOfSelection,
  type CaretMove,
  type TextLayout,
  type WordSelection,
} from '../../../src/domain/text/caret-moves';
import { sentenceStarts } from '../../../src/domain/text/sentence-starts';
import { indexWords } from '../../../src/domain/text/word-index';

// Two paragraphs; the first holds two sentences.
// Words (index: text): 0 Rebels, 1 took, 2 the, 3 town, 4 Troops, 5 fled, 6 east,
// 7 Monitors, 8 counted, 9 dead.
const text = 'Rebels took the town. Troops fled east.\nMonitors counted dead.';
const layout: TextLayout = {
  text,
  words: indexWords(text),
  sentenceStarts: () => sentenceStarts(text),
};
const at = (word: number): WordSelection => ({ anchor: word, head: word });
const selected = (selection: WordSelection) =>
  text.slice(
    spanOfSelection(layout.words, selection).start,
    spanOfSelection(layout.words, selection).end,
  );
const move = (from: WordSelection, how: CaretMove, extend = false) =>
  selected(moveSelection(layout, from, how, extend));

describe('moving a word selection over the text', () => {
  test('the words are the ten of the text', () => {
    expect(layout.words.starts.length).toBe(10);
  });

  test('by word: one step, Shift keeps the anchor, and the ends of the text hold', () => {
    expect(move(at(1), 'word-forward')).toBe('the');
    expect(move(at(1), 'word-backward')).toBe('Rebels');
    expect(move(at(1), 'word-forward', true)).toBe('took the');
    expect(move({ anchor: 3, head: 1 }, 'word-forward', true)).toBe('the town');
    expect(move(at(0), 'word-backward')).toBe('Rebels');
    expect(move(at(9), 'word-forward')).toBe('dead');
  });

  test('by sentence: next sentence’s first word; Shift to this sentence’s last word, then the next one’s', () => {
    // "took" is in "Rebels took the town."; the next sentence starts at "Troops".
    expect(move(at(1), 'sentence-forward')).toBe('Troops');
    expect(move(at(1), 'sentence-forward', true)).toBe('took the town');
    // From "town", already the sentence's last word: on to "east", the next one's last.
    expect(move(at(3), 'sentence-forward', true)).toBe('town. Troops fled east');
    // The line break ends "Troops fled east." too: from "east" the next is "Monitors".
    expect(move(at(6), 'sentence-forward')).toBe('Monitors');
    expect(move(at(9), 'sentence-forward')).toBe('dead');
  });

  test('by sentence backward: this sentence’s first word, or the previous one’s from there', () => {
    expect(move(at(5), 'sentence-backward')).toBe('Troops');
    expect(move(at(4), 'sentence-backward')).toBe('Rebels');
    expect(move(at(5), 'sentence-backward', true)).toBe('Troops fled');
    expect(move(at(0), 'sentence-backward')).toBe('Rebels');
  });

  test('Home and End: the first and last words of the paragraph (the line)', () => {
    expect(move(at(5), 'paragraph-start')).toBe('Rebels');
    expect(move(at(1), 'paragraph-end')).toBe('east');
    expect(move(at(8), 'paragraph-start')).toBe('Monitors');
    expect(move(at(7), 'paragraph-end')).toBe('dead');
    expect(move(at(1), 'paragraph-end', true)).toBe('took the town. Troops fled east');
  });
});
