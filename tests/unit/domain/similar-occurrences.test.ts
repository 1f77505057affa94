import { describe, expect, it } from 'vitest';
import {
  compileForms,
  inflectedForms,
  nextOffer,
  occurrencesOf,
  personalTermFor,
  similarSuggestions,
  similarTerm,
  withSimilar,
} from '../../../src/domain/suggestions/similar-occurrences';
import type { Suggestion } from '../../../src/domain/suggestions/build-suggestions';
import type { LexiconEntry } from '../../../src/domain/types';

function entry(id: string, forms: string[]): LexiconEntry {
  return {
    id,
    pattern: forms[0] ?? id,
    forms,
    labelId: 'actor-label',
    valence: -2,
    canonical: id,
    note: '',
  };
}

/** The words at each occurrence of `exact`'s term in `text`. */
function found(exact: string, text: string, entries: LexiconEntry[] = []): string[] {
  const term = similarTerm(exact, entries);
  if (!term) throw new Error('no term');
  return occurrencesOf(compileForms(term.forms), text).map(({ start, end }) =>
    text.slice(start, end),
  );
}

describe('inflectedForms', () => {
  it('adds the plural of a singular and the singular of a plural', () => {
    expect(inflectedForms('civilian')).toEqual(['civilian', 'civilians']);
    expect(inflectedForms('rioters')).toEqual(['rioters', 'rioter']);
  });

  it('follows the common English spelling rules on the last word', () => {
    expect(inflectedForms('illegal immigrant')).toEqual([
      'illegal immigrant',
      'illegal immigrants',
    ]);
    expect(inflectedForms('ally')).toEqual(['ally', 'allies']);
    expect(inflectedForms('allies')).toEqual(['allies', 'ally']);
    expect(inflectedForms('gunmen')).toEqual(['gunmen', 'gunman']);
    expect(inflectedForms('crackdown')).toEqual(['crackdown', 'crackdowns']);
    expect(inflectedForms('taxes')).toEqual(['taxes', 'tax']);
    expect(inflectedForms('crisis')).toEqual(['crisis', 'crises']);
  });

  it('leaves words without number, short words and other scripts alone', () => {
    expect(inflectedForms('fake news')).toEqual(['fake news']);
    expect(inflectedForms('chaos')).toEqual(['chaos']);
    expect(inflectedForms('foreign-funded')).toEqual(['foreign-funded']);
    expect(inflectedForms('brutally')).toEqual(['brutally']);
    expect(inflectedForms('us')).toEqual(['us']);
    expect(inflectedForms('إرهابي')).toEqual(['إرهابي']);
  });
});

describe('occurrences of a term marked by hand', () => {
  it('finds the same words in any case and with either number', () => {
    const text = 'The mob grew. A second Mob formed; MOBS roamed.';
    expect(found('mob', text)).toEqual(['mob', 'Mob', 'MOBS']);
  });

  it('matches whole words only', () => {
    expect(found('mob', 'A mobile phone, a mobster, a mob-like crowd, a mob.')).toEqual([
      'mob',
      'mob',
    ]);
  });

  it('folds apostrophe and hyphen variants', () => {
    const text =
      "Rock-throwing youths; rock–throwing again; rock throwing; the state's men, the state’s men.";
    expect(found('rock-throwing', text)).toEqual([
      'Rock-throwing',
      'rock–throwing',
      'rock throwing',
    ]);
    expect(found("state's men", text)).toEqual(["state's men", 'state’s men']);
  });

  it('uses the forms of the entry that already has the words', () => {
    const riot = entry('lx-rioter', ['rioter', 'rioters', 'rabble-rouser']);
    const term = similarTerm('Rioters', [riot]);
    expect(term?.entry?.id).toBe('lx-rioter');
    expect(found('Rioters', 'rioters and a rabble rouser and a rioter', [riot])).toEqual([
      'rioters',
      'rabble rouser',
      'rioter',
    ]);
  });

  it('is a new term, lower-cased, when no entry has the words', () => {
    const term = similarTerm('  Civilian   Population ', [entry('lx-x', ['regime'])]);
    expect(term).toEqual({
      entry: null,
      canonical: 'civilian population',
      forms: ['civilian population', 'civilian populations'],
    });
    expect(similarTerm('   ', [])).toBeNull();
  });
});

describe('personalTermFor', () => {
  it('builds a personal-layer entry marked by hand, id px- and the slug', () => {
    const term = similarTerm('Bully Boys', []);
    if (!term) throw new Error('no term');
    expect(
      personalTermFor(term, { labelId: 'actor-label', valence: -2 }, '2026-01-02T03:04:05Z'),
    ).toEqual({
      id: 'px-bully-boys',
      pattern: 'bully boys',
      forms: ['bully boys', 'bully boy'],
      labelId: 'actor-label',
      valence: -2,
      canonical: 'bully boys',
      note: '',
      source: 'Marked by hand',
      origin: 'marked',
      addedAt: '2026-01-02T03:04:05Z',
    });
  });

  it('gives no entry for words without letters or digits', () => {
    const term = similarTerm('—', []);
    if (!term) throw new Error('no term');
    expect(personalTermFor(term, { labelId: 'loaded-language', valence: 0 }, 'now')).toBeNull();
  });
});

describe('similarSuggestions', () => {
  const text = 'Thugs came. "These thugs," he said. A thug ran.';
  // Offsets by hand: "Thugs" 0–5; "thugs" at 19–24 (after `Thugs came. "These `: 5+7+7 = 19);
  // "thug" at 38–42 (`," he said. A ` is 14 units after 24).
  const term = similarTerm('thugs', []);
  if (!term) throw new Error('no term');
  const marked = { labelId: 'actor-label', valence: -2, target: 'protesters' };

  it('offers every other occurrence with the marked attributes and its own voice', () => {
    const offers = similarSuggestions(text, term, marked, (start) => start === 0);
    expect(offers.map((o) => [o.start, o.end, o.exact, o.voice])).toEqual([
      [19, 24, 'thugs', 'quoted'],
      [38, 42, 'thug', 'own'],
    ]);
    expect(offers.every((o) => o.labelId === 'actor-label' && o.valence === -2)).toBe(true);
    expect(offers.every((o) => o.target === 'protesters' && o.entryId === 'px-thugs')).toBe(true);
  });

  it('moves on to the next offer after a span, wrapping round', () => {
    const offers = similarSuggestions(text, term, marked, () => false);
    expect(nextOffer(offers, { start: 19, end: 24 })?.start).toBe(38);
    expect(nextOffer(offers, { start: 38, end: 42 })?.start).toBe(0);
    expect(nextOffer(offers.slice(0, 1), { start: 0, end: 5 })).toBeNull();
  });
});

describe('withSimilar', () => {
  const suggestion = (start: number, end: number, labelId: string): Suggestion => ({
    start,
    end,
    labelId,
    entryId: labelId,
    valence: 0,
    canonical: '',
    exact: '',
    target: null,
    voice: 'own',
  });

  it('puts the similar offers in text order, in place of lexicon suggestions they overlap', () => {
    const lexicon = [
      suggestion(0, 10, 'lex-a'),
      suggestion(20, 30, 'lex-b'),
      suggestion(40, 45, 'lex-c'),
    ];
    const similar = [suggestion(5, 8, 'sim-1'), suggestion(32, 36, 'sim-2')];
    expect(withSimilar(lexicon, similar).map((s) => s.labelId)).toEqual([
      'sim-1',
      'lex-b',
      'sim-2',
      'lex-c',
    ]);
  });
});
