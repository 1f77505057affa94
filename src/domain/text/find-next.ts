import { snapToWords, type Span } from './graphemes';

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

const escapeForRegExp = (query: string) => query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 2: a whole word; 1: the start of a word; 0: inside a word. */
function fit(text: string, start: number, end: number): number {
  const opensWord = start === 0 || !WORD_CHARACTER.test(text.charAt(start - 1));
  const closesWord = end === text.length || !WORD_CHARACTER.test(text.charAt(end));
  if (opensWord && closesWord) return 2;
  return opensWord ? 1 : 0;
}

/**
 * The next occurrence of `query` at or after `from` (wrapping round to the start), case
 * insensitive, widened to the whole words it touches. Whole-word occurrences are preferred,
 * then those at the start of a word, then any. Null when the text does not hold the query.
 */
export function findNext(text: string, query: string, from: number): Span | null {
  const needle = query.normalize('NFC').trim();
  if (needle === '') return null;
  const pattern = new RegExp(escapeForRegExp(needle), 'giu');
  let best = -1;
  let found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const score = fit(text, span.start, span.end);
    if (score > best) {
      best = score;
      found = [];
    }
    if (score === best) found.push(span);
  }
  const next = found.find((span) => span.start >= from) ?? found[0];
  if (!next) return null;
  return snapToWords(text, next.start, next.end) ?? next;
}
