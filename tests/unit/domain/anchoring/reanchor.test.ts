import { describe, expect, it } from 'vitest';
import { MIN_ANCHOR_SCORE, reanchor } from '../../../../src/domain/anchoring/reanchor';
import {
  makeAnchorText,
  toAnchorOffset,
  toOriginalSpan,
} from '../../../../src/domain/anchoring/anchor-text';
import { editDistance, similarity } from '../../../../src/domain/anchoring/similarity';
import { quoteSelector } from '../../../../src/domain/text/quote-selector';

const ORIGINAL =
  'The regime said the militants attacked at dawn. Monitors said the militants retreated by noon.';

/** A selector as FrameLens stores it: offsets, quote and 32 characters of context. */
function selectorFor(text: string, word: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(word, at + 1);
  return { start: at, end: at + word.length, ...quoteSelector(text, at, at + word.length) };
}

describe('reanchor', () => {
  it('keeps the position when the text there is still the quote', () => {
    const selector = selectorFor(ORIGINAL, 'militants', 1);
    // "The regime said the militants attacked at dawn. Monitors said the " is 66 characters.
    expect(selector.start).toBe(66);
    expect(reanchor(ORIGINAL, selector)).toEqual({
      status: 'exact-position',
      start: 66,
      end: 75,
      score: 1,
    });
  });

  it('finds the quote again after text was inserted before it, choosing the occurrence by context', () => {
    const selector = selectorFor(ORIGINAL, 'militants', 1);
    const changed = `UPDATED. ${ORIGINAL}`;
    const result = reanchor(changed, selector);
    // 9 characters ("UPDATED. ") were inserted, so the second "militants" is at 66 + 9 = 75.
    expect(result).toMatchObject({ status: 'exact-search', start: 75, end: 84 });
    if (result.status !== 'orphaned') expect(result.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
  });

  it('disambiguates by context even when another occurrence is nearer the old offset', () => {
    // The first sentence is moved to the end: "militants retreated" now comes first.
    const moved =
      'Monitors said the militants retreated by noon. The regime said the militants attacked at dawn.';
    const first = selectorFor(ORIGINAL, 'militants', 0); // "…said the militants attacked…", old start 20
    const result = reanchor(moved, first);
    // In `moved`, "…said the militants attacked…" starts after "Monitors said the militants
    // retreated by noon. The regime said the " = 67 characters.
    expect(moved.slice(67, 76)).toBe('militants');
    expect(result).toMatchObject({ status: 'exact-search', start: 67, end: 76 });
  });

  it('finds a quote whose spelling changed slightly (fuzzy)', () => {
    // Annotated on a copy with a typo; the library copy has it corrected.
    const typo = 'The regime said the milltants attacked at dawn. Monitors counted the dead.';
    const fixed = 'The regime said the militants attacked at dawn. Monitors counted the dead.';
    const result = reanchor(fixed, selectorFor(typo, 'milltants'));
    // "milltants" → "militants" is 2 edits (l→i, i→l) of 9: within ⌊9/4⌋ = 2 errors.
    expect(result).toMatchObject({ status: 'fuzzy', start: 20, end: 29 });
    if (result.status !== 'orphaned')
      expect(fixed.slice(result.start, result.end)).toBe('militants');
  });

  it('compares CRLF as LF and maps the offsets back into the CRLF text', () => {
    const lf = 'Line one.\nThe militants came.\nLine three militants.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const result = reanchor(crlf, selectorFor(lf, 'militants', 0));
    // One "\r" is added before the word, so 14 → 15.
    expect(lf.indexOf('militants')).toBe(14);
    expect(result).toMatchObject({ status: 'exact-search', start: 15, end: 24 });
  });

  it('treats curly and straight quotes as the same, returning the real characters', () => {
    const curly = 'According to HTS’s statement, the “precision” raid succeeded.';
    const straight = 'According to HTS\'s statement, the "precision" raid succeeded.';
    const result = reanchor(straight, selectorFor(curly, 'HTS’s'));
    expect(result).toMatchObject({ status: 'exact-search', start: 13, end: 18 });
    if (result.status !== 'orphaned')
      expect(straight.slice(result.start, result.end)).toBe("HTS's");
  });

  it('orphans a quote that is nowhere in the text — a result, never an error', () => {
    const result = reanchor(ORIGINAL, {
      start: 5,
      end: 12,
      exact: 'liberated',
      prefix: '',
      suffix: '',
    });
    expect(result).toEqual({ status: 'orphaned', reason: '“liberated” was not found in the text' });
  });

  it('orphans rather than moving onto the same word in another context', () => {
    const selector = selectorFor(ORIGINAL, 'militants', 0);
    // The first sentence is rewritten without the word; "militants" survives only in the second.
    const rewritten =
      'The regime reported an attack at dawn. Monitors said the militants retreated by noon.';
    expect(reanchor(rewritten, selector)).toEqual({
      status: 'orphaned',
      reason: '“militants” occurs, but not in the same context',
    });
  });

  it('never throws on odd offsets or an empty quote', () => {
    expect(
      reanchor(ORIGINAL, { start: Number.NaN, end: -4, exact: 'regime', prefix: '', suffix: '' }),
    ).toMatchObject({
      status: 'exact-search',
      start: 4,
      end: 10,
    });
    expect(reanchor('', { start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' }).status).toBe(
      'orphaned',
    );
    expect(reanchor(ORIGINAL, { start: 0, end: 0, exact: '', prefix: '', suffix: '' })).toEqual({
      status: 'orphaned',
      reason: 'the annotation has no quote to look for',
    });
  });
});

describe('anchor text mapping', () => {
  it('maps comparison offsets back across removed CR characters', () => {
    const anchor = makeAnchorText('a\r\nb\r\nc');
    expect(anchor.text).toBe('a\nb\nc');
    // "c" is at 4 in "a\nb\nc" and at 6 in "a\r\nb\r\nc".
    expect(toOriginalSpan(anchor, 4, 5)).toEqual({ start: 6, end: 7 });
    expect(toOriginalSpan(anchor, 1, 2)).toEqual({ start: 1, end: 3 }); // the whole "\r\n"
    expect(toAnchorOffset(anchor, 6)).toBe(4);
    expect(toAnchorOffset(anchor, 2)).toBe(1); // inside "\r\n": the unit that holds it
  });

  it('keeps offsets when only quotes differ', () => {
    const anchor = makeAnchorText('“a” ‘b’');
    expect(anchor.text).toBe('"a" \'b\'');
    expect(anchor.starts).toBeNull();
  });
});

describe('similarity', () => {
  it('is Levenshtein distance over the longer length', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 10);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
  });
});
