import { describe, expect, it } from 'vitest';
import {
  graphemeEndAt,
  graphemeStartAt,
  snapToGraphemes,
  snapToWords,
  trimSelection,
} from '../../../src/domain/text/graphemes';

// Code-unit layouts below are counted by hand: astral characters (emoji, regional indicators)
// are 2 UTF-16 units, ZWJ (U+200D) and combining marks 1.
const FAMILY = '👨‍👩‍👧'; // 👨 2 + ZWJ 1 + 👩 2 + ZWJ 1 + 👧 2 = 8 units, one grapheme
const FLAG_SY = '🇸🇾'; // 🇸 2 + 🇾 2 = 4 units, one grapheme
const E_ACUTE = 'e\u0301'; // e + combining acute = 2 units, one grapheme

describe('snapToGraphemes', () => {
  it('widens both edges out of a ZWJ family emoji', () => {
    const text = `A${FAMILY}B`; // A 0 | family 1..8 | B 9
    expect(FAMILY.length).toBe(8);
    // 2 is the low half of 👨, 5 the low half of 👩: both inside the cluster [1, 9).
    expect(snapToGraphemes(text, 2, 5)).toEqual({ start: 1, end: 9 });
    expect(snapToGraphemes(text, 0, 3)).toEqual({ start: 0, end: 9 });
    expect(snapToGraphemes(text, 6, 10)).toEqual({ start: 1, end: 10 });
  });

  it('never splits a flag (two regional indicators)', () => {
    const text = `x${FLAG_SY}y`; // x 0 | 🇸 1,2 | 🇾 3,4 | y 5
    expect(snapToGraphemes(text, 3, 4)).toEqual({ start: 1, end: 5 });
    expect(snapToGraphemes(text, 0, 2)).toEqual({ start: 0, end: 5 });
    // Reversed offsets are ordered first: (3, 5) → the flag, which ends where y starts.
    expect(snapToGraphemes(text, 5, 3)).toEqual({ start: 1, end: 5 });
  });

  it('keeps a combining mark with its base letter at either edge', () => {
    const text = `caf${E_ACUTE}!`; // c 0 | a 1 | f 2 | e 3 | ◌́ 4 | ! 5
    expect(snapToGraphemes(text, 0, 4)).toEqual({ start: 0, end: 5 });
    expect(snapToGraphemes(text, 4, 6)).toEqual({ start: 3, end: 6 });
  });

  it('leaves boundaries alone, clamps out-of-range offsets, keeps empty spans empty', () => {
    expect(snapToGraphemes('regime', 1, 3)).toEqual({ start: 1, end: 3 });
    expect(snapToGraphemes('regime', -4, 99)).toEqual({ start: 0, end: 6 });
    expect(snapToGraphemes(`x${FLAG_SY}`, 2, 2)).toEqual({ start: 1, end: 1 });
  });
});

describe('snapToWords', () => {
  it('widens a selection that starts and ends mid-word', () => {
    const text = 'The Assad regime forces'; // Assad 4..8, regime 10..15
    expect(snapToWords(text, 6, 12)).toEqual({ start: 4, end: 16 });
  });

  it('keeps internal hyphens and trims quotation marks at the edges', () => {
    const hyphen = 'the foreign-backed groups'; // foreign 4..10, - 11, backed 12..17
    expect(snapToWords(hyphen, 6, 14)).toEqual({ start: 4, end: 18 });
    const quoted = 'a “precision” operation'; // “ 2, precision 3..11, ” 12
    expect(snapToWords(quoted, 2, 13)).toEqual({ start: 3, end: 12 });
    expect(snapToWords(quoted, 0, 13)).toEqual({ start: 0, end: 12 });
  });

  it('keeps a word-internal apostrophe (HTS’s is one word) but trims a trailing one', () => {
    const text = 'HTS’s statement and the soldiers’ bodies';
    expect(snapToWords(text, 0, 2)).toEqual({ start: 0, end: 5 }); // "HTS’s"
    const soldiers = text.indexOf('soldiers');
    // Selecting "soldiers’ " gives "soldiers": the apostrophe is not inside a word.
    expect(snapToWords(text, soldiers, soldiers + 10)).toEqual({
      start: soldiers,
      end: soldiers + 8,
    });
  });

  it('returns null for white space, punctuation or emoji only', () => {
    expect(snapToWords('a   b', 1, 4)).toBeNull();
    expect(snapToWords('a, “b', 1, 4)).toBeNull();
    expect(snapToWords(`a ${FLAG_SY} b`, 2, 6)).toBeNull();
    expect(snapToWords('abc', 2, 2)).toBeNull();
  });

  it('spans paragraphs, keeping the blank line inside the selection', () => {
    const text = 'first line ends.\n\nSecond starts here';
    // ends 11..14, "." 15, \n 16, \n 17, Second 18..23
    expect(snapToWords(text, 12, 20)).toEqual({ start: 11, end: 24 });
    expect(text.slice(11, 24)).toBe('ends.\n\nSecond');
    // Starting on the blank line: trimmed to the next word.
    expect(snapToWords(text, 16, 20)).toEqual({ start: 18, end: 24 });
    // Ending on the blank line: trimmed back to the last word.
    expect(snapToWords(text, 12, 17)).toEqual({ start: 11, end: 15 });
  });

  it('trims an emoji at the edge and never splits one', () => {
    const text = `regime ${FLAG_SY}`; // regime 0..5, space 6, flag 7..10
    expect(snapToWords(text, 0, 9)).toEqual({ start: 0, end: 6 });
    const family = `${FAMILY}militants`; // family 0..7, militants 8..16
    expect(snapToWords(family, 3, 12)).toEqual({ start: 8, end: 17 });
  });
});

describe('trimSelection (exact-character mode)', () => {
  it('trims white space only, keeping punctuation', () => {
    const text = '  “precision”, ';
    expect(trimSelection(text, 0, text.length)).toEqual({ start: 2, end: 14 });
  });

  it('snaps to graphemes after trimming', () => {
    const text = `  ${E_ACUTE} `; // spaces 0,1 | e 2 | ◌́ 3 | space 4
    expect(trimSelection(text, 0, 5)).toEqual({ start: 2, end: 4 });
    expect(trimSelection(text, 0, 3)).toEqual({ start: 2, end: 4 });
    const family = `x ${FAMILY} y`; // x 0 | space 1 | family 2..9 | space 10 | y 11
    expect(trimSelection(family, 3, 5)).toEqual({ start: 2, end: 10 });
  });

  it('returns null when nothing but white space is selected', () => {
    expect(trimSelection('a \n\t b', 1, 5)).toBeNull();
    expect(trimSelection('abc', 1, 1)).toBeNull();
  });
});

describe('windowed segmentation', () => {
  it('gives the same grapheme boundaries as segmenting the whole text', () => {
    // Spaces followed by combining marks, ZWJ, skin tones and flags: the places where a window
    // cut could go wrong.
    const text =
      `a \u0301b ${FAMILY} 👍🏽 \u200dx \ufeffy ${FLAG_SY}${FLAG_SY} ${E_ACUTE}\n\n 🏽 e`.repeat(3);
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
    for (let offset = 1; offset < text.length; offset++) {
      const segment = whole.containing(offset);
      if (!segment) throw new Error('no segment');
      expect(graphemeStartAt(text, offset), `start at ${offset}`).toBe(segment.index);
      const before = whole.containing(offset - 1);
      if (!before) throw new Error('no segment');
      expect(graphemeEndAt(text, offset), `end at ${offset}`).toBe(
        before.index + before.segment.length,
      );
    }
  });

  it('gives the same words as segmenting the whole text', () => {
    const text =
      `HTS’s “precision” raid: a\u00a0foreign-backed 3.5 km push, ${FAMILY}fighters \ufeffand ` +
      `caf${E_ACUTE}s; don't — Hay’at Tahrir al-Sham.\n\n${FLAG_SY} regime`.repeat(2);
    const whole = new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text);
    for (let offset = 0; offset < text.length; offset++) {
      const segment = whole.containing(offset);
      if (!segment) throw new Error('no segment');
      const expected = segment.isWordLike
        ? { start: segment.index, end: segment.index + segment.segment.length }
        : null;
      expect(snapToWords(text, offset, offset + 1), `offset ${offset}`).toEqual(expected);
    }
  });
});
