import { graphemeEndAt, graphemeStartAt } from './graphemes';

/** Context kept on each side of an annotation's quote (UTF-16 units, at most). */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The text of [start, end) with up to 32 UTF-16 units of context on each side. A context is
 * shortened rather than cut inside a grapheme cluster, so it never holds half an emoji.
 */
export function quoteSelector(
  text: string,
  start: number,
  end: number,
  contextLength = QUOTE_CONTEXT_LENGTH,
): QuoteSelector {
  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && graphemeStartAt(text, prefixStart) !== prefixStart) {
    prefixStart = Math.min(graphemeEndAt(text, prefixStart + 1), start);
  }
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && graphemeStartAt(text, suffixEnd) !== suffixEnd) {
    suffixEnd = Math.max(graphemeStartAt(text, suffixEnd), end);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Converts offsets of one text between UTF-16 units (JavaScript, the DOM, FrameLens storage)
 * and Unicode code points (W3C TextPositionSelector). Built once per text in O(n); each
 * conversion is then a binary search over the text's astral characters (usually none).
 */
export interface OffsetConverter {
  /** Code points that start before `utf16Offset`. Throws RangeError outside [0, length]. */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of code point `codePointOffset`, or null outside [0, code point count]. */
  toUtf16(codePointOffset: number): number | null;
  readonly codePointLength: number;
}

export function makeOffsetConverter(text: string): OffsetConverter {
  // UTF-16 offsets of the high halves of well-formed surrogate pairs, ascending.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const codePointLength = text.length - pairs.length;

  return {
    codePointLength,
    toCodePoint(utf16Offset) {
      if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
        throw new RangeError(`UTF-16 offset ${utf16Offset} is outside 0..${text.length}`);
      }
      // Low halves before the offset do not start a code point: pairs with high < offset - 1.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((pairs[mid] ?? 0) < utf16Offset - 1) lo = mid + 1;
        else hi = mid;
      }
      return utf16Offset - lo;
    },
    toUtf16(codePointOffset) {
      if (
        !Number.isInteger(codePointOffset) ||
        codePointOffset < 0 ||
        codePointOffset > codePointLength
      ) {
        return null;
      }
      // Pair k starts at code point pairs[k] - k; count the pairs that start before the target.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((pairs[mid] ?? 0) - mid < codePointOffset) lo = mid + 1;
        else hi = mid;
      }
      return codePointOffset + lo;
    },
  };
}

/** One-off conversion (O(n)); use `makeOffsetConverter` for many offsets of one text. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  return makeOffsetConverter(text).toCodePoint(utf16Offset);
}

/** One-off conversion (O(n)); null when the offset is outside the text. */
export function toUtf16Offset(text: string, codePointOffset: number): number | null {
  return makeOffsetConverter(text).toUtf16(codePointOffset);
}
