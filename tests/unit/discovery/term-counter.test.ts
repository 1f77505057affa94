import { describe, expect, it } from 'vitest';
import { isCountableWord, TermCounter } from '../../../src/domain/discovery/term-counter';
import { textWords } from '../../../src/domain/discovery/text-words';
import { isStopWord } from '../../../src/domain/discovery/stop-words';

function termsOf(...texts: string[]): string[] {
  const counter = new TermCounter();
  texts.forEach((text, index) => counter.addArticle(0, index, text));
  return [...counter.terms()].map(([term]) => term).sort();
}

describe('textWords', () => {
  it('lower-cases, folds curly apostrophes, and tells how each word joins the previous one', () => {
    const words = textWords('The regime’s foreign-backed forces, he said.\n\nThen');
    expect(words.map((word) => word.term)).toEqual([
      'the',
      "regime's",
      'foreign',
      'backed',
      'forces',
      'he',
      'said',
      'then',
    ]);
    expect(words.map((word) => word.link)).toEqual([null, ' ', ' ', '-', ' ', null, ' ', null]);
    expect(words.map((word) => word.midSentence)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('stop words and numbers', () => {
  it('counts no stop word (Snowball list), number or single letter', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord("they're")).toBe(true);
    expect(isStopWord('rioters')).toBe(false);
    expect(isCountableWord('2,000')).toBe(false);
    expect(isCountableWord('10th')).toBe(false);
    expect(isCountableWord('x')).toBe(false);
    expect(isCountableWord('mob')).toBe(true);
  });
});

describe('TermCounter phrases', () => {
  it('joins adjacent countable words of one sentence by a space or one hyphen', () => {
    expect(termsOf('Foreign-backed militias stormed the square, then 300 rioters fled.')).toEqual([
      'backed',
      'backed militias',
      'fled',
      'foreign',
      'foreign-backed',
      'militias',
      'militias stormed',
      'rioters',
      'rioters fled',
      'square',
      'stormed',
    ]);
  });

  it('makes no phrase across a line break or a quotation mark', () => {
    expect(termsOf('angry mobs\n\nlooted shops', 'so-called “thugs” attacked')).toEqual([
      'angry',
      'angry mobs',
      'attacked',
      'called',
      'looted',
      'looted shops',
      'mobs',
      'shops',
      'thugs',
    ]);
  });
});

describe('TermCounter names', () => {
  it('drops a word capitalised in at least 80% of its uses inside a sentence, and phrases with it', () => {
    // "dunmore": 4 uses inside a sentence, 4 capitalised (100%) → a name.
    // "guard": 5 uses inside a sentence, 4 capitalised (80%) → a name.
    // "curfew": 4 uses inside a sentence, 3 capitalised (75%) → not a name.
    // "riot": only at a sentence's start, never inside one → no evidence, not a name.
    const text = [
      'Police in Dunmore set a Curfew. Riot squads came to Dunmore.',
      'Shops in Dunmore shut. Crowds near Dunmore broke the Curfew and the Guard came.',
      'The Guard came, the Guard left, the Guard stayed and the guard went. Riot.',
      'They ignored the Curfew and the curfew ended.',
    ].join('\n');
    const terms = termsOf(text);
    expect(terms).not.toContain('dunmore');
    expect(terms).not.toContain('guard');
    expect(terms).not.toContain('guard came');
    expect(terms).toContain('curfew');
    expect(terms).toContain('riot');
    expect(terms).toContain('riot squads');
  });
});
