import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, countWordsInSlices } from '../../../src/domain/text/word-count';

const whole = (text: string): number =>
  [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)].filter(
    (segment) => segment.isWordLike,
  ).length;

describe('countWords in slices', () => {
  it('counts by hand', () => {
    // "The"1 "army's"2 "3,000"3 "fighters"4 "here"5 — punctuation, spaces and the flag are not words.
    expect(countWords("The army's 3,000 fighters 🇸🇾 — here.")).toBe(5);
  });

  it('gives the whole-text count on the seed articles, however small the slices', () => {
    const dir = join(__dirname, '../../../seeds');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const size of [1, 7, 50, 500]) {
        expect(countWordsInSlices(text, size), `${file} in slices of ${size}`).toBe(whole(text));
      }
    }
  });

  it('gives the whole-text count on texts made of tricky pieces', () => {
    // Pieces where word segmentation looks at neighbours: apostrophes and full stops inside
    // words, numbers with separators, combining marks and ZWJ after spaces, flags, CJK, Arabic.
    const piece = fc.constantFrom(
      'word',
      "can't",
      'U.S.',
      '3,000.5',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u0301',
      '\u200d',
      '\u200b',
      '🇸🇾',
      '👩‍👩‍👧',
      '東京',
      'السوريين',
      '-',
      '.',
      '"',
      'é',
      'e\u0301',
      '\r\n',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (pieces, size) => {
          const text = pieces.join('');
          expect(countWordsInSlices(text, size)).toBe(whole(text));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
