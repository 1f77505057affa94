/**
 * Per-UTF-16-unit lookup tables shared by the lexicon matcher, alias matching and voice
 * detection. Built lazily once (a few milliseconds) and then read in hot loops without
 * allocating.
 */

/** Value in the word table for surrogates: decode the pair to decide. */
export const SURROGATE = 2;

let foldTable: Uint16Array | null = null;
let wordTable: Uint8Array | null = null;

const APOSTROPHES = [0x2019, 0x2018, 0x201b, 0x02bc, 0x2032, 0xff07, 0x0060, 0x00b4];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02];
const HYPHENS = [0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d];
/** Horizontal white space only: line and paragraph breaks are never folded to a space. */
const SPACES = [0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000];

/**
 * Maps each UTF-16 unit to its matching key: simple lower case (only where that keeps the
 * length, so offsets stay valid), every apostrophe to ', every double quote to ", every hyphen
 * and the en dash to -, horizontal spaces to ' '. Surrogates map to themselves, so astral
 * scripts match case-sensitively.
 */
export function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) table[c] = lower.charCodeAt(0);
  }
  table[0x130] = 0x69; // İ lower-cases to "i̇" (two units); fold it to a plain i.
  for (const c of APOSTROPHES) table[c] = 0x27;
  for (const c of DOUBLE_QUOTES) table[c] = 0x22;
  for (const c of HYPHENS) table[c] = 0x2d;
  for (const c of SPACES) table[c] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 0x20;
  foldTable = table;
  return table;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** 1 for letters, numbers and marks (\p{L}\p{N}\p{M}), SURROGATE for surrogates, else 0. */
export function getWordTable(): Uint8Array {
  if (wordTable) return wordTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) table[c] = SURROGATE;
    else if (WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1;
  }
  wordTable = table;
  return table;
}

/** Folds a whole string with the matcher's table (the result has the same length). */
export function foldString(text: string): string {
  const fold = getFoldTable();
  const units = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    units[i] = String.fromCharCode(fold[text.charCodeAt(i)] ?? 0);
  }
  return units.join('');
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Code point of the character that contains the unit at `index` (a lone surrogate: itself). */
function codePointContaining(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (isHigh(c) && isLow(text.charCodeAt(index + 1))) return text.codePointAt(index) ?? c;
  if (isLow(c) && index > 0 && isHigh(text.charCodeAt(index - 1))) {
    return text.codePointAt(index - 1) ?? c;
  }
  return c;
}

/** Whether the character at unit `index` is a letter, number or mark (false out of range). */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const kind = getWordTable()[text.charCodeAt(index)];
  if (kind !== SURROGATE) return kind === 1;
  return WORD_CHAR.test(String.fromCodePoint(codePointContaining(text, index)));
}
