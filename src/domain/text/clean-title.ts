/**
 * A title as it may be stored and shown: one line of visible text. Line breaks, tabs and other
 * whitespace controls become spaces; every other C0/C1 control (NUL included), the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can make a title read
 * backwards) and the byte-order mark are removed; runs of whitespace collapse to one space.
 */

const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function cleanTitle(raw: string): string {
  return raw.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
