export interface Occurrence {
  start: number;
  end: number;
  before: string;
  after: string;
  /** The match is part of a longer word ("group" in "groups"). */
  insideWord: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

const CONTEXT = 40;

/** Every place `needle` occurs in `text` (at most `limit`), with some context on each side. */
export function findOccurrences(text: string, needle: string, limit = 50): Occurrence[] {
  const found: Occurrence[] = [];
  if (needle === '') return found;
  for (
    let at = text.indexOf(needle);
    at !== -1 && found.length < limit;
    at = text.indexOf(needle, at + 1)
  ) {
    const end = at + needle.length;
    found.push({
      start: at,
      end,
      before: text.slice(Math.max(0, at - CONTEXT), at).replace(/\s+/g, ' '),
      after: text.slice(end, end + CONTEXT).replace(/\s+/g, ' '),
      insideWord: WORD_CHARACTER.test(text.charAt(at - 1)) || WORD_CHARACTER.test(text.charAt(end)),
    });
  }
  return found;
}
