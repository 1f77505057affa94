import type { Voice } from '../types';
import { followsPostIntro, isEmbeddedPost } from './embedded-post';
import { isInsideQuotes } from './quotation-marks';
import { governedByFrame } from './voice-frames';

/** Marks a selection may start with (then it is itself a quotation). */
const OPENING_QUOTES = new Set(['“', '„', '«', '»', '‘', '‹', '›', '"', "'"]);

/** Characters read on each side of the words for quotation marks and embedded posts. */
export const VOICE_CONTEXT = 2_000;

/**
 * Suggested voice of the words at [start, end):
 * - `quoted` inside quotation marks (a quotation may continue over a paragraph break), or in
 *   an embedded post: a paragraph carrying a post link or byline, or text after a colon that
 *   introduces a post ("wrote on X:"). Quotation wins over a designation cue: in "a group
 *   designated as a “terrorist organization” by the United States" the quoted words are the
 *   designator's own;
 * - `attributed` when a designation or reported-speech frame governs the words;
 * - `own` otherwise.
 */
export function detectVoice(text: string, start: number, end: number): Voice {
  const { from, to, endsParagraph } = surroundings(text, start, end);
  // A selection that includes its own opening quotation mark is judged after that mark.
  let inner = start;
  while (inner < end - 1 && OPENING_QUOTES.has(text.charAt(inner))) inner++;
  if (isInsideQuotes(text, from, inner, to)) return 'quoted';
  if (isEmbeddedPost(text, from, to, endsParagraph)) return 'quoted';
  if (followsPostIntro(text, from, start)) return 'quoted';
  if (governedByFrame(text, start, end)) return 'attributed';
  return 'own';
}

/**
 * The words' paragraph, cut to VOICE_CONTEXT characters on each side. In a very long paragraph
 * (a paste without line breaks) judging every suggestion against the whole paragraph, or even
 * searching it for its line breaks, would stall the reader: both searches stay in the window.
 */
function surroundings(
  text: string,
  start: number,
  end: number,
): { from: number; to: number; endsParagraph: boolean } {
  const windowStart = Math.max(0, start - VOICE_CONTEXT);
  const lineBefore = text.slice(windowStart, start).lastIndexOf('\n');
  const from = lineBefore === -1 ? windowStart : windowStart + lineBefore + 1;
  const after = Math.max(end, start);
  const windowEnd = Math.min(text.length, after + VOICE_CONTEXT);
  const lineAfter = text.slice(after, windowEnd).indexOf('\n');
  if (lineAfter !== -1) return { from, to: after + lineAfter, endsParagraph: true };
  return { from, to: windowEnd, endsParagraph: windowEnd === text.length };
}
