import { isStopWord } from './stop-words';
import { textWords, type TextWord } from './text-words';

export type TermKind = 'word' | 'phrase';

/** Where a term was used: an article (its index in the order articles were added) and offsets. */
export interface TermUse {
  article: number;
  start: number;
  end: number;
}

/** Sparse by outlet: most terms are used by few outlets, and a corpus may have hundreds. */
export interface TermTally {
  kind: TermKind;
  /** Uses in the whole corpus. */
  total: number;
  /** Uses, by outlet index (outlets that never use the term are absent). */
  counts: Map<number, number>;
  /** The first uses in each outlet (at most `USES_KEPT`), by outlet index. */
  uses: Map<number, TermUse[]>;
}

interface Capitals {
  /** Uses inside a sentence (see TextWord.midSentence). */
  mid: number;
  /** Of those, how many were capitalised. */
  capitalised: number;
}

export const USES_KEPT = 3;
/** A word capitalised in at least this share of its uses inside a sentence is taken for a name. */
export const NAME_SHARE = 0.8;

const HAS_LETTER = /\p{L}/u;
const HAS_NUMBER = /\p{N}/u;

/** A word that can be counted at all: letters, no digits, two characters or more, no stop word. */
export function isCountableWord(term: string): boolean {
  return term.length >= 2 && HAS_LETTER.test(term) && !HAS_NUMBER.test(term) && !isStopWord(term);
}

/**
 * Counts the words and two-word phrases of articles, outlet by outlet, and how often each word
 * is capitalised inside a sentence (the name test, applied when the counts are read, since it
 * needs the whole corpus). Stop words and numbers are never counted; a phrase is two adjacent
 * countable words of one sentence, joined by spaces or one hyphen.
 */
export class TermCounter {
  private readonly tallies = new Map<string, TermTally>();
  private readonly capitals = new Map<string, Capitals>();

  addArticle(outlet: number, article: number, text: string): void {
    let previous: TextWord | null = null;
    for (const word of textWords(text)) {
      const countable = isCountableWord(word.term);
      if (countable) {
        this.noteCapitals(word);
        this.count(word.term, 'word', outlet, { article, start: word.start, end: word.end });
        if (previous && word.link) {
          this.count(`${previous.term}${word.link}${word.term}`, 'phrase', outlet, {
            article,
            start: previous.start,
            end: word.end,
          });
        }
      }
      previous = countable ? word : null;
    }
  }

  /** Whether a word reads as a name of a person or place (see NAME_SHARE). */
  isName(word: string): boolean {
    const capitals = this.capitals.get(word);
    return (
      capitals !== undefined &&
      capitals.mid > 0 &&
      capitals.capitalised >= NAME_SHARE * capitals.mid
    );
  }

  /** Every counted term but names, and phrases with a name at either end. */
  *terms(): Generator<[string, TermTally]> {
    for (const entry of this.tallies) {
      const [term, tally] = entry;
      const names = tally.kind === 'word' ? [term] : term.split(/[ -]/u);
      if (!names.some((word) => this.isName(word))) yield entry;
    }
  }

  private noteCapitals(word: TextWord): void {
    if (!word.midSentence) return;
    const capitals = this.capitals.get(word.term) ?? { mid: 0, capitalised: 0 };
    capitals.mid += 1;
    if (word.capitalised) capitals.capitalised += 1;
    this.capitals.set(word.term, capitals);
  }

  private count(term: string, kind: TermKind, outlet: number, use: TermUse): void {
    let tally = this.tallies.get(term);
    if (!tally) {
      tally = { kind, total: 0, counts: new Map(), uses: new Map() };
      this.tallies.set(term, tally);
    }
    tally.total += 1;
    tally.counts.set(outlet, (tally.counts.get(outlet) ?? 0) + 1);
    const kept = tally.uses.get(outlet);
    if (!kept) tally.uses.set(outlet, [use]);
    else if (kept.length < USES_KEPT) kept.push(use);
  }
}
