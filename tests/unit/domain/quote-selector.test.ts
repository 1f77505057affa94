import { describe, expect, it } from 'vitest';
import {
  makeOffsetConverter,
  quoteSelector,
  toCodePointOffset,
  toUtf16Offset,
} from '../../../src/domain/text/quote-selector';

describe('quoteSelector', () => {
  it('keeps 32 UTF-16 units of context on each side', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(4); // 104 ASCII units
    const selector = quoteSelector(text, 40, 50);
    expect(selector.exact).toBe(text.slice(40, 50));
    expect(selector.prefix).toBe(text.slice(8, 40));
    expect(selector.suffix).toBe(text.slice(50, 82));
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
  });

  it('takes what there is near the edges of the text', () => {
    const selector = quoteSelector('the regime said', 4, 10);
    expect(selector).toEqual({ exact: 'regime', prefix: 'the ', suffix: ' said' });
  });

  it('shortens the prefix rather than cutting a surrogate pair', () => {
    // a 0 | b 1 | 😀 2,3 | 31 × x 4..34 | TARGET 35..40. 35 - 32 = 3 is the low half of 😀.
    const text = `ab😀${'x'.repeat(31)}TARGET`;
    const selector = quoteSelector(text, 35, 41);
    expect(selector.exact).toBe('TARGET');
    expect(selector.prefix).toBe('x'.repeat(31));
  });

  it('shortens the suffix rather than cutting a ZWJ sequence (even between code points)', () => {
    // TARGET 0..5 | 30 × y 6..35 | 👨‍👩‍👧 36..43 | z 44. 6 + 32 = 38 is the ZWJ after 👨:
    // a code point boundary but not a grapheme boundary.
    const text = `TARGET${'y'.repeat(30)}👨‍👩‍👧z`;
    expect(quoteSelector(text, 0, 6).suffix).toBe('y'.repeat(30));
    // With 31 y's the cut (38) falls inside 👨 (37, 38): same answer, 31 y's.
    const text31 = `TARGET${'y'.repeat(31)}👨‍👩‍👧z`;
    expect(quoteSelector(text31, 0, 6).suffix).toBe('y'.repeat(31));
    // With 24 y's the whole family fits: 24 + 8 = 32 units.
    const text24 = `TARGET${'y'.repeat(24)}👨‍👩‍👧z`;
    expect(quoteSelector(text24, 0, 6).suffix).toBe(`${'y'.repeat(24)}👨‍👩‍👧`);
  });
});

describe('code point offsets', () => {
  it('converts a span after an emoji (W3C TextPositionSelector counts code points)', () => {
    const text = '😀 HTS fighters'; // 😀 0,1 | space 2 | HTS 3..5 — code points: 😀 0 | space 1 | HTS 2..4
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toCodePointOffset(text, 6)).toBe(5);
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toUtf16Offset(text, 5)).toBe(6);
    expect(text.slice(3, 6)).toBe('HTS');
    expect([...text].slice(2, 5).join('')).toBe('HTS');
  });

  it('converts many offsets of one text and round-trips every boundary', () => {
    const text = 'a😀b🇸🇾c'; // units: a 0 | 😀 1,2 | b 3 | 🇸 4,5 | 🇾 6,7 | c 8 → 9 units, 6 code points
    const converter = makeOffsetConverter(text);
    expect(converter.codePointLength).toBe(6);
    const utf16Boundaries = [0, 1, 3, 4, 6, 8, 9];
    const codePoints = utf16Boundaries.map((offset) => converter.toCodePoint(offset));
    expect(codePoints).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(codePoints.map((cp) => converter.toUtf16(cp))).toEqual(utf16Boundaries);
  });

  it('rejects offsets outside the text', () => {
    const converter = makeOffsetConverter('a😀');
    expect(() => converter.toCodePoint(-1)).toThrow(RangeError);
    expect(() => converter.toCodePoint(4)).toThrow(RangeError);
    expect(converter.toUtf16(3)).toBeNull();
    expect(converter.toUtf16(-1)).toBeNull();
    expect(converter.toUtf16(1.5)).toBeNull();
  });

  it('counts an offset inside a pair as after the pair’s start, and lone surrogates as code points', () => {
    // "a😀": offset 2 splits the pair; 2 code points (a, 😀) start before it.
    expect(toCodePointOffset('a😀', 2)).toBe(2);
    const lone = 'a\ud800b'; // a lone high surrogate is one code point
    expect(makeOffsetConverter(lone).codePointLength).toBe(3);
    expect(toUtf16Offset(lone, 2)).toBe(2);
  });
});
