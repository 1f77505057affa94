import { makeOffsetConverter, type OffsetConverter } from '../text/quote-selector';

/**
 * Which unit a doccano file's offsets count. doccano's annotator counts UTF-16 code units;
 * Python tools (spaCy, doccano's Python side) count code points. The two differ only after a
 * character outside the Basic Multilingual Plane (emoji, 𝗡-style letters), and a file read in
 * the wrong unit puts spans on the wrong words without any error. So the spans themselves are
 * the evidence: read in the right unit they start and end at word edges; read in the wrong one
 * they split words ("e militan") or surrogate pairs, or run past the text.
 */

export type DoccanoOffsetUnits = 'utf16' | 'code-points';

/** The metadata key naming the unit of a line's offsets (`"utf16"` or `"code-points"`). */
export const OFFSET_UNITS_KEY = 'offsetUnits';

/** Converts offsets in `units` to UTF-16; null when they already are UTF-16. */
export function doccanoConverter(text: string, units: DoccanoOffsetUnits): OffsetConverter | null {
  return units === 'code-points' ? makeOffsetConverter(text) : null;
}

export const OFFSET_UNIT_NAMES: Record<DoccanoOffsetUnits, string> = {
  utf16: 'UTF-16 code units',
  'code-points': 'Unicode code points',
};

export interface DoccanoUnitSpans {
  /** 1-based line of the file. */
  line: number;
  text: string;
  spans: readonly (readonly [start: number, end: number])[];
}

/** One span that reads differently in the two units, to show the person the difference. */
export interface UnitSample {
  line: number;
  start: number;
  end: number;
  utf16: string;
  codePoints: string;
}

export type UnitMisfits = Record<DoccanoOffsetUnits, number>;

export type OffsetUnitsEvidence =
  /** No span has a character outside the BMP before its end: both units give the same offsets. */
  | { kind: 'same' }
  /** Among the spans that differ, only this unit puts every one on word edges. */
  | {
      kind: 'detected';
      units: DoccanoOffsetUnits;
      differing: number;
      misfits: UnitMisfits;
      sample: UnitSample;
    }
  /** Both units fit every differing span, or neither does: only the person can tell. */
  | { kind: 'ambiguous'; differing: number; misfits: UnitMisfits; sample: UnitSample };

const WORD = /[\p{L}\p{N}\p{M}]/u;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends just before UTF-16 offset `i` (a whole pair when there is one). */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && isLow(low) && isHigh(text.charCodeAt(i - 2))) return text.slice(i - 2, i);
  return text.slice(i - 1, i);
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

/** A span edge at UTF-16 offset `i` that splits neither a surrogate pair nor a word. */
function isEdge(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  if (isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))) return false;
  return !(WORD.test(charBefore(text, i)) && WORD.test(charAt(text, i)));
}

function fits(text: string, start: number, end: number): boolean {
  return end <= text.length && start < end && isEdge(text, start) && isEdge(text, end);
}

function shorten(quote: string): string {
  const chars = Array.from(quote);
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : quote;
}

export function detectOffsetUnits(lines: readonly DoccanoUnitSpans[]): OffsetUnitsEvidence {
  const misfits: UnitMisfits = { utf16: 0, 'code-points': 0 };
  let differing = 0;
  let sample: UnitSample | null = null;
  for (const { line, text, spans } of lines) {
    if (spans.length === 0 || text.length === Array.from(text).length) continue;
    const converter = makeOffsetConverter(text);
    for (const [start, end] of spans) {
      const s16 = converter.toUtf16(start);
      const e16 = converter.toUtf16(end);
      // Equal offsets in both units: no astral character before the span's end.
      if (s16 === start && e16 === end) continue;
      differing++;
      if (!fits(text, start, end)) misfits.utf16++;
      if (s16 === null || e16 === null || !fits(text, s16, e16)) misfits['code-points']++;
      sample ??= {
        line,
        start,
        end,
        utf16: shorten(text.slice(start, end)),
        codePoints: s16 === null || e16 === null ? '' : shorten(text.slice(s16, e16)),
      };
    }
  }
  if (sample === null) return { kind: 'same' };
  if (misfits.utf16 === 0 && misfits['code-points'] > 0) {
    return { kind: 'detected', units: 'utf16', differing, misfits, sample };
  }
  if (misfits['code-points'] === 0 && misfits.utf16 > 0) {
    return { kind: 'detected', units: 'code-points', differing, misfits, sample };
  }
  return { kind: 'ambiguous', differing, misfits, sample };
}

/** How the unit a doccano file was read in was decided, for the preview. */
export interface DoccanoUnitsReport {
  /** The unit the offsets were read in. */
  used: DoccanoOffsetUnits;
  /**
   * `chosen` by the person; `detected` from the spans; `declared` by the file's `offsetUnits`
   * metadata; `same` when the units give the same offsets (nothing to decide); `undecided`
   * when nothing settles it (then `needsChoice`).
   */
  source: 'chosen' | 'detected' | 'declared' | 'same' | 'undecided';
  /** The unit the file's metadata names, if any. */
  declared: DoccanoOffsetUnits | null;
  evidence: OffsetUnitsEvidence;
  /** The spans do not settle the unit and the person has not chosen: import must wait. */
  needsChoice: boolean;
}

export function decideOffsetUnits(
  evidence: OffsetUnitsEvidence,
  declared: DoccanoOffsetUnits | null,
  chosen: DoccanoOffsetUnits | undefined,
): DoccanoUnitsReport {
  const base = { declared, evidence };
  if (chosen) return { ...base, used: chosen, source: 'chosen', needsChoice: false };
  if (evidence.kind === 'same') {
    return { ...base, used: declared ?? 'utf16', source: 'same', needsChoice: false };
  }
  if (evidence.kind === 'detected') {
    // The metadata contradicting the spans means one of them is wrong: the person decides.
    const contradicted = declared !== null && declared !== evidence.units;
    return { ...base, used: evidence.units, source: 'detected', needsChoice: contradicted };
  }
  // Both units fit every span: the file's own word settles it. Neither fits: nothing does.
  const bothFit = evidence.misfits.utf16 === 0 && evidence.misfits['code-points'] === 0;
  if (declared && bothFit) {
    return { ...base, used: declared, source: 'declared', needsChoice: false };
  }
  return { ...base, used: declared ?? 'utf16', source: 'undecided', needsChoice: true };
}

export function parseOffsetUnitsName(value: string): DoccanoOffsetUnits | null {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (key === 'utf16' || key === 'utf-16' || key === 'utf-16-code-units') return 'utf16';
  if (key === 'code-points' || key === 'codepoints' || key === 'unicode-code-points') {
    return 'code-points';
  }
  return null;
}
