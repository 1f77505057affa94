import { isWordCharAt } from '../text/char-classes';

type QuoteKind =
  | 'curly-double'
  | 'straight-double'
  | 'curly-single'
  | 'straight-single'
  | 'angle'
  | 'angle-reversed'
  | 'single-angle'
  | 'single-angle-reversed';

/** Marks a paragraph opens with when it continues the previous paragraph's quotation. */
const PARAGRAPH_OPENERS = new Set(['“', '„', '«', '»', '‹', '›', '‘', '"', "'"]);

/** Words written with a leading apostrophe for left-out letters: 'n', 'em, 'til, '90s. */
const ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|round\b|bout\b|\d)/iu;

/** Guillemets open one way in French (« ») and the other in German or Danish (» «). */
const GUILLEMETS: Record<string, [QuoteKind, QuoteKind]> = {
  '«': ['angle', 'angle-reversed'],
  '»': ['angle-reversed', 'angle'],
  '‹': ['single-angle', 'single-angle-reversed'],
  '›': ['single-angle-reversed', 'single-angle'],
};

class QuoteStack {
  readonly open: QuoteKind[] = [];

  push(kind: QuoteKind): void {
    this.open.push(kind);
  }

  /** Closes the innermost quotation of `kind` (and any left open inside it). */
  close(kind: QuoteKind): boolean {
    const at = this.open.lastIndexOf(kind);
    if (at === -1) return false;
    this.open.length = at;
    return true;
  }

  top(): QuoteKind | undefined {
    return this.open[this.open.length - 1];
  }
}

/**
 * Whether the ‘ or ' at `index` opens a quotation rather than standing for left-out letters:
 * it must start a word, not be a known elision, and be closed later in the paragraph — or,
 * left open, be continued by the next paragraph opening with a quotation mark.
 */
function opensSingleQuote(text: string, index: number, paragraphEnd: number): boolean {
  if (isWordCharAt(text, index - 1) || !isWordCharAt(text, index + 1)) return false;
  if (ELISION.test(text.slice(index + 1, index + 6))) return false;
  let i = index + 2;
  for (; i < paragraphEnd; i++) {
    const char = text.charAt(i);
    if (char === '\n') break;
    if ((char === '’' || char === "'") && !isWordCharAt(text, i + 1)) return true;
  }
  return nextParagraphOpensWithQuote(text, i);
}

/** Whether the paragraph after `paragraphEnd` begins with a quotation mark. */
function nextParagraphOpensWithQuote(text: string, paragraphEnd: number): boolean {
  let next = paragraphEnd;
  while (next < text.length && /\s/u.test(text.charAt(next))) next++;
  return next < text.length && PARAGRAPH_OPENERS.has(text.charAt(next));
}

function readSingle(stack: QuoteStack, text: string, index: number, paragraphEnd: number): void {
  const char = text.charAt(index);
  const kind: QuoteKind = char === "'" ? 'straight-single' : 'curly-single';
  const wordBefore = isWordCharAt(text, index - 1);
  const wordAfter = isWordCharAt(text, index + 1);
  if (wordBefore && wordAfter) return; // apostrophe inside a word: HTS’s, don't
  if (char !== '’' && opensSingleQuote(text, index, paragraphEnd)) stack.push(kind);
  else if (!wordAfter) stack.close(kind); // "soldiers’ bodies" closes nothing when none is open
}

function readMark(stack: QuoteStack, text: string, index: number, paragraphEnd: number): void {
  const char = text.charAt(index);
  const guillemet = GUILLEMETS[char];
  if (guillemet) {
    const [closes, opens] = guillemet;
    if (!stack.close(closes)) stack.push(opens);
    return;
  }
  switch (char) {
    case '“':
    case '„':
      stack.push('curly-double');
      break;
    case '”':
      stack.close('curly-double');
      break;
    case '"':
      if (stack.top() === 'straight-double') stack.close('straight-double');
      else stack.push('straight-double');
      break;
    case '‘':
    case "'":
    case '’':
      readSingle(stack, text, index, paragraphEnd);
      break;
    default:
      break;
  }
}

/**
 * Whether `offset` lies inside quotation marks, reading the paragraph [paragraphStart,
 * paragraphEnd) from its start. Handles straight and curly marks and guillemets both ways
 * round; single marks are told apart from apostrophes (see `opensSingleQuote`). A double
 * quotation or guillemet left open at the end of a paragraph still counts: long quotations
 * continue into the next paragraph, which opens with a quotation mark again.
 */
export function isInsideQuotes(
  text: string,
  paragraphStart: number,
  offset: number,
  paragraphEnd = text.length,
): boolean {
  const stack = new QuoteStack();
  for (let i = paragraphStart; i < offset; i++) readMark(stack, text, i, paragraphEnd);
  return stack.open.length > 0;
}
