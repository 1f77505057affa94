import type { Voice } from '../types';
import { foldString, isWordCharAt } from '../text/char-classes';
import { sentenceBounds } from './sentence-bounds';

type QuoteKind = 'curly-double' | 'straight-double' | 'curly-single' | 'straight-single' | 'angle';

/** Marks a selection may start with (then it is itself a quotation). */
const OPENING_QUOTES = new Set(['“', '„', '«', '‘', '‹', '"', "'"]);

/**
 * Whether `offset` lies inside quotation marks, reading the paragraph from its start. Handles
 * curly and straight marks and guillemets; ’ and ' count as apostrophes when they sit inside a
 * word ("HTS’s", "Syria's") or when no single quotation is open ("soldiers’ bodies"). A
 * quotation left open at the end of a paragraph still counts (long quotes often close later).
 */
export function isInsideQuotes(text: string, paragraphStart: number, offset: number): boolean {
  const open: QuoteKind[] = [];
  const closeTo = (kind: QuoteKind): boolean => {
    const at = open.lastIndexOf(kind);
    if (at === -1) return false;
    open.length = at;
    return true;
  };
  const top = (): QuoteKind | undefined => open[open.length - 1];
  for (let i = paragraphStart; i < offset; i++) {
    const char = text.charAt(i);
    switch (char) {
      case '“':
      case '„':
        open.push('curly-double');
        break;
      case '”':
        closeTo('curly-double');
        break;
      case '«':
      case '‹':
        open.push('angle');
        break;
      case '»':
      case '›':
        closeTo('angle');
        break;
      case '"':
        if (top() === 'straight-double') open.pop();
        else open.push('straight-double');
        break;
      case '‘':
      case "'":
      case '’': {
        const wordBefore = isWordCharAt(text, i - 1);
        const wordAfter = isWordCharAt(text, i + 1);
        if (wordBefore && wordAfter) break; // apostrophe inside a word
        const kind: QuoteKind = char === "'" ? 'straight-single' : 'curly-single';
        if (!wordBefore && wordAfter && char !== '’') open.push(kind);
        else if (wordBefore || char === '’') closeTo(kind);
        break;
      }
      default:
        break;
    }
  }
  return open.length > 0;
}

const EMBED_LINK =
  /pic\.twitter\.com\/|(?:^|[\s(])t\.co\/|https?:\/\/(?:www\.)?(?:twitter|x)\.com\/\S+\/status\//iu;
/** The attribution line under an embedded post: "— Name (@handle) November 30, 2024". */
const EMBED_BYLINE = /^\s*[—–-]+\s.*\(@\w{1,30}\)/u;

/**
 * Whether the paragraph is an embedded social-media post: it carries a post link
 * (pic.twitter.com, t.co, twitter.com/x.com status), is the "— Name (@handle)" line of one, or
 * is directly followed by such a line.
 */
export function isEmbeddedPost(
  text: string,
  paragraphStart: number,
  paragraphEnd: number,
  readNextLine = true,
): boolean {
  const paragraph = text.slice(paragraphStart, paragraphEnd);
  if (EMBED_LINK.test(paragraph) || EMBED_BYLINE.test(paragraph)) return true;
  if (!readNextLine) return false;
  let next = paragraphEnd;
  while (next < text.length && /\s/u.test(text.charAt(next))) next++;
  const lineEnd = text.indexOf('\n', next);
  const nextLine = text.slice(next, lineEnd === -1 ? text.length : lineEnd);
  return nextLine !== '' && EMBED_BYLINE.test(nextLine);
}

/**
 * Verbs and phrases that report someone else's designation of a party; matched on folded
 * (lower-case, straight-apostrophe) text. "so-called" is deliberately absent: it is the
 * outlet's own distancing.
 */
const DESIGNATION_CUES: RegExp[] = [
  /\bdesignat(?:e|es|ed|ing)\b/gu,
  /\bsanction(?:s|ed)? by\b[^,;:]{0,40}?\bas\b/gu,
  /\bsanction(?:s|ed)? as\b/gu,
  /\bconsider(?:s|ed)?\b/gu,
  /\bregard(?:s|ed)? as\b/gu,
  /\bdescrib(?:e|es|ed|ing)\b/gu,
  /\blabel(?:l?ed|s)?\b/gu,
  /\bbrand(?:s|ed)\b/gu,
  /\bdeem(?:s|ed)\b/gu,
  /\bdub(?:s|bed)\b/gu,
  /\blist(?:s|ed) as\b/gu,
  /\bclassif(?:y|ies|ied) as\b/gu,
  /\btermed\b/gu,
  /\bwhat (?:\w+ ){1,3}call(?:s|ed)\b/gu,
  /\baccus(?:es|ed) of being\b/gu,
];
/** At most this many words between the cue and the span ("designated as a “terrorist…”"). */
const MAX_WORDS_AFTER_CUE = 6;
/** Clause punctuation ends a cue's reach. Quotation marks do not. */
const CLAUSE_BREAK = /[,;:()[\]—–!?]/u;

/**
 * Whether, within the span's sentence, a designation cue comes shortly before the span
 * ("is designated a terrorist organization by Syria", "which it considers “terrorist”
 * groups", "sanctioned by the UN as a terrorist organisation").
 */
export function followsDesignationCue(text: string, start: number, end: number): boolean {
  const sentence = sentenceBounds(text, start, end);
  const before = foldString(text.slice(sentence.start, start));
  let cueEnd = -1;
  for (const cue of DESIGNATION_CUES) {
    cue.lastIndex = 0;
    for (let match = cue.exec(before); match; match = cue.exec(before)) {
      cueEnd = Math.max(cueEnd, match.index + match[0].length);
    }
  }
  if (cueEnd === -1) return false;
  // Folding keeps offsets, but turns dashes into hyphens: judge the gap on the original text.
  const gap = text.slice(sentence.start + cueEnd, start);
  if (CLAUSE_BREAK.test(gap)) return false;
  const words = gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= MAX_WORDS_AFTER_CUE;
}

/** Characters read on each side of the words for quotation marks and embedded posts. */
export const VOICE_CONTEXT = 2_000;

/**
 * Suggested voice of the words at [start, end):
 * - `quoted` inside quotation marks within the paragraph, or inside an embedded social-media
 *   post. Quotation wins over a designation cue: in "a group designated as a “terrorist
 *   organization” by the United States" the quoted words are the designator's own;
 * - `attributed` shortly after a designation cue in the same sentence;
 * - `own` otherwise.
 */
export function detectVoice(text: string, start: number, end: number): Voice {
  const { from, to, endsParagraph } = surroundings(text, start, end);
  // A selection that includes its own opening quotation mark is judged after that mark.
  let inner = start;
  while (inner < end - 1 && OPENING_QUOTES.has(text.charAt(inner))) inner++;
  if (isInsideQuotes(text, from, inner)) return 'quoted';
  if (isEmbeddedPost(text, from, to, endsParagraph)) return 'quoted';
  if (followsDesignationCue(text, start, end)) return 'attributed';
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
