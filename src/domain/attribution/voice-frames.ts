import { foldString } from '../text/char-classes';
import { sentenceBounds } from './sentence-bounds';

/** A frame that reports someone else's designation or speech, and how far it reaches. */
interface FrameCue {
  pattern: RegExp;
  /**
   * At most this many words between the cue and the words it governs; Infinity for reported
   * speech, whose clause runs on, past commas, to the end of the sentence.
   */
  maxWords: number;
}

const BEFORE_SUBJECT = '(?<!\\b(?:the|a|an|his|her|its|their|our|this|these|those) )';
const SPEECH = Infinity;

/**
 * Matched on folded text (lower case, straight apostrophes, hyphens for dashes). "so-called" is
 * deliberately absent: it is the outlet's own distancing.
 */
const FRAME_CUES: FrameCue[] = [
  { pattern: /\bdesignat(?:e|es|ed|ing)\b/gu, maxWords: 6 },
  { pattern: /\bsanction(?:s|ed)? by\b[^,;:]{0,40}?\bas\b/gu, maxWords: 6 },
  { pattern: /\bsanction(?:s|ed)? as\b/gu, maxWords: 6 },
  { pattern: /\bconsider(?:s|ed|ing)?\b/gu, maxWords: 6 },
  { pattern: /\bregard(?:s|ed|ing)? as\b/gu, maxWords: 6 },
  { pattern: /\bdescrib(?:e|es|ed|ing)\b/gu, maxWords: 6 },
  { pattern: /\blabel(?:l?ed|l?ing|s)?\b/gu, maxWords: 4 },
  { pattern: /\bbrand(?:s|ed|ing)\b/gu, maxWords: 4 },
  { pattern: /\bdeem(?:s|ed)\b/gu, maxWords: 6 },
  { pattern: /\bdub(?:s|bed|bing)\b/gu, maxWords: 4 },
  { pattern: /\btermed\b/gu, maxWords: 4 },
  { pattern: /\bknown as\b/gu, maxWords: 3 },
  { pattern: /\bseen as\b/gu, maxWords: 4 },
  {
    pattern:
      /\b(?:list|dismiss|condemn|recogni[sz]|paint|denounc|brand)(?:e|es|s|ed|ing)? (?:[^,;:.]+? )?as\b/gu,
    maxWords: 6,
  },
  { pattern: /\bclassif(?:y|ies|ied) as\b/gu, maxWords: 6 },
  { pattern: /\brefer(?:s|red)? to (?:\S+ ){0,3}?as\b/gu, maxWords: 6 },
  {
    pattern:
      /\bwhat (?:\S+ ){1,4}?(?:call(?:s|ed|ing)?|term(?:s|ed|ing)|describ(?:es|ed|ing) as|label(?:l?ed|s))\b/gu,
    maxWords: 3,
  },
  // Someone accuses; "is accused of" is the charge, in the outlet's words.
  {
    pattern:
      /(?<!\b(?:is|are|was|were|been|being|be) )\baccus(?:e|es|ed|ing) (?:[^,;:.]+? )?of\b/gu,
    maxWords: 6,
  },
  { pattern: /\bcredit(?:s|ed)? (?:[^,;:.]+? )?with\b/gu, maxWords: 6 },
  { pattern: /\b(?:speak|speaks|spoke|warn|warns|warned) of\b/gu, maxWords: 4 },
  {
    pattern:
      /(?<!\bso-)(?<!\bso )\bcall(?:s|ed|ing)? (?!for\b|on\b|off\b|in\b|up\b|upon\b|out\b|back\b|a\b|an\b)/gu,
    maxWords: 3,
  },
  {
    pattern: new RegExp(
      `${BEFORE_SUBJECT}\\b(?:said|says|say|told \\S+|claim(?:s|ed)|alleg(?:es|ed)|insist(?:s|ed)|argu(?:es|ed)|assert(?:s|ed)|contend(?:s|ed)|believ(?:es|ed)|report(?:s|ed)?)(?: that)?\\b`,
      'gu',
    ),
    maxWords: SPEECH,
  },
  {
    // Verbs and nouns that report speech only with "that": "wrote on X that …", not "wrote
    // about …"; "claims by the charity that …".
    pattern:
      /\b(?:warn(?:s|ed)|wrote|writes|tweet(?:s|ed)|post(?:s|ed)|stated|declared|announced|den(?:y|ies|ied)|claims|maintain(?:s|ed)|add(?:s|ed)|not(?:es|ed))\b(?: [^ ,;:]+){0,5}? that\b/gu,
    maxWords: SPEECH,
  },
  // A parenthetical source: "which, the ministry said, had massed troops".
  { pattern: /, (?:[^ ,;:]+ ){1,4}(?:said|says|claimed|added|alleged),/gu, maxWords: SPEECH },
];

/** Characters read on each side of the words for a frame. */
const FRAME_REACH = 400;
/** Clause punctuation ends a cue's reach. */
const CLAUSE_BREAK = /[,;:()[\]—–!?]/u;
/** Reported speech runs past commas, not past these. */
const SPEECH_BREAK = /[;:()[\]—–!?]/u;
/** Words that are a frame themselves ("what she called", "is said to"): the outlet's own. */
const SELF_FRAME =
  /\b(?:said|say|says|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|according|claim(?:s|ed)?|alleg(?:es|ed)|report(?:s|ed)?|appear(?:s|ed)?)\b/u;

/**
 * Whether a quotation closes in `gap` and words follow it: the frame's words ended with the
 * quotation ("said “the rioters will pay” and the rioters left"), or the frame sat inside a
 * quotation ("“They branded us” ran above photos of terrorists"). A quotation right before the
 * words is part of their phrase ("which it considers "terrorist" groups").
 */
function quotationEndsBefore(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const char = gap.charAt(i);
    const closing =
      char === '”' || char === '»' || (char === '"' && i > 0 && /\S/u.test(gap.charAt(i - 1)));
    if (closing && /[\p{L}\p{N}]/u.test(gap.slice(i + 1))) return true;
  }
  return false;
}

/** "According to the police, …" at the head of a sentence governs all of it. */
const LEADING_ACCORDING_TO =
  /^\s*(?:(?:but|and|yet|so|however|also|now|even|still|then)\s+){0,2}according to\b[^,;:]{1,80},/u;
/** "…, according to the police." or "…, police said." at its end governs the clause before. */
const TRAILING_SOURCE =
  /^[^;:“”"«»]*?,\s*(?:according to\b[^,;:]{1,80}|(?:\S+\s+){1,5}(?:said|says|claimed|claims|alleged|reported|added))\s*[.!?]?\s*$/u;

/** "said “…” and …": a quotation right after the cue is what it governs, and ends it. */
function quotedComplementEnds(between: string): boolean {
  return /^[\s,:]*(?:that\s+)?["“«‘']/u.test(between) && quotationEndsBefore(between);
}

function cueReaches(before: string, gap: (cueEnd: number) => string, cue: FrameCue): boolean {
  cue.pattern.lastIndex = 0;
  for (let match = cue.pattern.exec(before); match; match = cue.pattern.exec(before)) {
    const between = gap(match.index + match[0].length);
    if (cue.maxWords === SPEECH) {
      if (!SPEECH_BREAK.test(between) && !closesOuterQuote(between)) {
        if (!quotedComplementEnds(between)) return true;
      }
      continue;
    }
    if (CLAUSE_BREAK.test(between) || quotationEndsBefore(between)) continue;
    if ((between.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= cue.maxWords) return true;
  }
  return false;
}

/** A quotation mark in `gap` that closes one opened before it: the cue sat in a quotation. */
function closesOuterQuote(gap: string): boolean {
  let depth = 0;
  for (let i = 0; i < gap.length; i++) {
    const char = gap.charAt(i);
    const straightOpens = char === '"' && (i === 0 || /\s/u.test(gap.charAt(i - 1)));
    if (char === '“' || char === '«' || straightOpens) depth++;
    else if (char === '”' || char === '»' || char === '"') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * Whether a designation or reported-speech frame governs the words at [start, end) — in the
 * same sentence and clause, before them and within its reach ("is designated a terrorist
 * organization by Syria", "what police called a riot", "the minister said the protesters were
 * thugs", "According to police, the mob …") — or a source closes their clause ("…, according
 * to police.").
 */
export function governedByFrame(text: string, start: number, end: number): boolean {
  if (SELF_FRAME.test(foldString(text.slice(start, end)))) return false;
  const sentence = sentenceBounds(text, start, end);
  // A run-on "sentence" of a paste can be very long: a frame never reaches that far.
  const from = Math.max(sentence.start, start - FRAME_REACH);
  const before = foldString(text.slice(from, start));
  // Folding keeps offsets but turns dashes into hyphens: judge each gap on the original text.
  const gap = (cueEnd: number): string => text.slice(from + cueEnd, start);
  if (FRAME_CUES.some((cue) => cueReaches(before, gap, cue))) return true;
  const headed = from === sentence.start && LEADING_ACCORDING_TO.test(before);
  if (headed && !quotationEndsBefore(gap(0))) return true;
  if (sentence.end - end > FRAME_REACH) return false;
  return TRAILING_SOURCE.test(foldString(text.slice(end, sentence.end)));
}
