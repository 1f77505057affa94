/**
 * The comparison form used when re-anchoring: CRLF and lone CR become LF, curly quotes and
 * apostrophes become straight ones. Comparing in this form lets an annotation made on one
 * copy of an article be found in a copy that differs only in line endings or quote style;
 * `starts` maps every position back to the real text so nothing is placed on the copy.
 */

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);

function foldUnit(unit: number): number {
  if (SINGLE_QUOTES.has(unit)) return 0x27;
  if (DOUBLE_QUOTES.has(unit)) return 0x22;
  if (unit === 0x0d) return 0x0a;
  return unit;
}

export interface AnchorText {
  /** The original text. */
  original: string;
  /** The comparison form. */
  text: string;
  /**
   * Original offset where each comparison unit starts, plus one final entry equal to the
   * original length; null when no unit was removed (the offsets are then the same).
   */
  starts: Int32Array | null;
}

/** The comparison form of a short string (quote, prefix, suffix). */
export function foldForAnchoring(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x0d && value.charCodeAt(i + 1) === 0x0a) continue;
    out += String.fromCharCode(foldUnit(unit));
  }
  return out;
}

export function makeAnchorText(original: string): AnchorText {
  const hasCrLf = original.includes('\r\n');
  if (!hasCrLf) {
    // Same length: only substitutions, so offsets are shared.
    const units = new Array<string>(original.length);
    let changed = false;
    for (let i = 0; i < original.length; i++) {
      const unit = original.charCodeAt(i);
      const folded = foldUnit(unit);
      if (folded !== unit) changed = true;
      units[i] = String.fromCharCode(folded);
    }
    return { original, text: changed ? units.join('') : original, starts: null };
  }
  const starts = new Int32Array(original.length + 1);
  const units: string[] = [];
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const unit = original.charCodeAt(i);
    if (unit === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
      // "\r\n" becomes one "\n" that starts at the "\r".
      starts[n++] = i;
      units.push('\n');
      i++;
      continue;
    }
    starts[n++] = i;
    units.push(String.fromCharCode(foldUnit(unit)));
  }
  starts[n] = original.length;
  return { original, text: units.join(''), starts: starts.subarray(0, n + 1) };
}

/** Comparison-form span → original span. */
export function toOriginalSpan(
  anchor: AnchorText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (!anchor.starts) return { start, end };
  return {
    start: anchor.starts[start] ?? anchor.original.length,
    end: anchor.starts[end] ?? anchor.original.length,
  };
}

/** Original offset → comparison-form offset (the unit that contains it). */
export function toAnchorOffset(anchor: AnchorText, offset: number): number {
  const clamped = Math.min(Math.max(offset, 0), anchor.original.length);
  const { starts } = anchor;
  if (!starts) return clamped;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
