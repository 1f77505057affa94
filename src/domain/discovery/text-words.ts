import { forEachWord } from '../text/word-count';

/** How a word joins the word before it into a two-word phrase. */
export type WordLink = ' ' | '-';

export interface TextWord {
  /** Lower-cased, curly apostrophes folded to '. */
  term: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /**
   * Neither the text's first word nor the first after a sentence end, a colon, a line break or
   * a quotation mark: only such uses tell whether a word is a name.
   */
  midSentence: boolean;
  /**
   * ' ' when only spaces separate it from the previous word, '-' when one hyphen does; null
   * otherwise (punctuation, a line break, a quotation mark): no phrase crosses those.
   */
  link: WordLink | null;
}

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/gu;
const SPACES_ONLY = /^[ \t\u00a0\u202f]+$/u;
const HYPHEN = /^[-\u2010\u2011]$/u;
const STARTS_SENTENCE = /[.!?\u2026:;\n"“”„«»]/u;
const UPPER_FIRST = /^\p{Lu}/u;

function linkOf(gap: string): WordLink | null {
  if (SPACES_ONLY.test(gap)) return ' ';
  return HYPHEN.test(gap) ? '-' : null;
}

/** The text's word-like segments (Unicode word segmentation), in order. */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  let previousEnd = -1;
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    words.push({
      term: raw.toLowerCase().replace(CURLY_APOSTROPHES, "'"),
      start,
      end,
      capitalised: UPPER_FIRST.test(raw),
      midSentence: previousEnd >= 0 && !STARTS_SENTENCE.test(gap),
      link: previousEnd < 0 ? null : linkOf(gap),
    });
    previousEnd = end;
  });
  return words;
}
