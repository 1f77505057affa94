import { describe, expect, test } from 'vitest';
import { displayBlocks } from '../../../src/domain/text/display-blocks';
import { splitParagraphs } from '../../../src/domain/text/paragraphs';

describe('display blocks: a paragraph longer than the limit is laid out in several', () => {
  test('short paragraphs stay whole; a long one is cut after sentences, offsets kept', () => {
    const sentence = 'Government forces shelled villages near Idlib. '; // 47 characters
    const text = `Short one.\n\n${sentence.repeat(100).trim()}\nLast.`;
    const blocks = displayBlocks(splitParagraphs(text), 500);
    expect(blocks[0]).toEqual({ start: 0, end: 10, text: 'Short one.', continues: false });
    expect(blocks.at(-1)).toMatchObject({ text: 'Last.', continues: false });
    const long = blocks.slice(1, -1);
    // 100 sentences of 47 characters, ten whole sentences (470 characters) to a block of 500.
    expect(long).toHaveLength(10);
    for (const block of long) {
      expect(text.slice(block.start, block.end)).toBe(block.text);
      expect(block.text.length).toBeLessThanOrEqual(500);
    }
    expect(long.map((block) => block.text).join('')).toBe(sentence.repeat(100).trim());
    expect(long.map((block) => block.continues)).toEqual([...Array(9).fill(true), false]);
    expect(long[0]?.text.endsWith('Idlib. ')).toBe(true);
  });

  test('without sentence ends it cuts after a space; one unbroken run at the limit, not inside a surrogate pair', () => {
    const words = 'word '.repeat(300);
    for (const block of displayBlocks(splitParagraphs(words), 102).slice(0, -1)) {
      expect(block.text.endsWith(' ')).toBe(true);
    }
    const emoji = '😀'.repeat(150); // 300 UTF-16 units, no space
    const blocks = displayBlocks(splitParagraphs(emoji), 101);
    expect(blocks.map((block) => block.text).join('')).toBe(emoji);
    for (const block of blocks) expect(block.text.length % 2).toBe(0);
  });
});
