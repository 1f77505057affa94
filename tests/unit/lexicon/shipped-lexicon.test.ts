import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { compileLexicon, findMatches, formKeys } from '../../../src/domain/lexicon/match-lexicon';

const matcher = compileLexicon(defaultLexicon);

/** [matched text, entry id] of every match in the text. */
const matched = (text: string): [string, string][] =>
  findMatches(matcher, text).map((m) => [text.slice(m.start, m.end), m.entryId]);

/**
 * Words that are plain description in most news sentences: no entry may consist of one of them
 * alone (a phrase containing one, like "riot police" or "security forces", is fine).
 */
const NEUTRAL_WORDS = [
  'forces',
  'force',
  'group',
  'groups',
  'police',
  'said',
  'says',
  'told',
  'attack',
  'attacks',
  'attacked',
  'clash',
  'clashes',
  'protest',
  'protests',
  'protester',
  'protesters',
  'demonstrators',
  'government',
  'people',
  'officials',
  'official',
  'army',
  'troops',
  'soldiers',
  'migrants',
  'refugees',
  'asylum',
  'election',
  'vote',
  'crime',
  'war',
  'violence',
  'strike',
  'union',
  'workers',
  'court',
  'arrested',
  'victims',
  'died',
  'dead',
  'border',
  'crisis',
  'fighting',
  'operation',
  'statement',
  'reported',
  'announced',
  'illegal',
  'unrest',
];

describe('the shipped lexicon', () => {
  it('has no entry that is a bare neutral word', () => {
    const neutral = new Set(NEUTRAL_WORDS);
    const offending = defaultLexicon.flatMap((item) =>
      item.forms.flatMap((form) => formKeys(form).filter((key) => neutral.has(key))),
    );
    expect(offending).toEqual([]);
  });

  it('cites a source for every entry', () => {
    const unsourced = defaultLexicon.filter((item) => !item.source?.trim());
    expect(unsourced.map((item) => item.id)).toEqual([]);
  });

  it('has no form shared by two entries', () => {
    expect(matcher.collisions).toEqual([]);
  });

  it('matches multi-word terms, longest first', () => {
    expect(matched('Police cracked down on the march; a crackdown followed.')).toEqual([
      ['cracked down', 'lx-crack-down'],
      ['crackdown', 'lx-crackdown'],
    ]);
    // "illegal immigrants" (not "illegal" alone) and the longer "enemy of the people".
    expect(matched('He called them illegal immigrants and the enemy of the people.')).toEqual([
      ['illegal immigrants', 'lx-illegal-immigrant'],
      ['enemy of the people', 'lx-enemy-of-the-people'],
    ]);
  });

  it('matches hyphen variants: hyphen, non-breaking hyphen, en dash, space', () => {
    for (const text of ['far-right', 'far\u2011right', 'far\u2013right', 'far right']) {
      expect(matched(`A ${text} party.`)).toEqual([[text, 'lx-far-right']]);
    }
    expect(matched('A witch hunt, a U turn.')).toEqual([
      ['witch hunt', 'lx-witch-hunt'],
      ['U turn', 'lx-u-turn'],
    ]);
  });

  it('matches apostrophe variants and possessives', () => {
    expect(matched("Local ne\u2019er-do-wells, local ne'er do wells.")).toEqual([
      ['ne\u2019er-do-wells', 'lx-hooligan'],
      ["ne'er do wells", 'lx-hooligan'],
    ]);
    expect(matched("The mob\u2019s leaders and the rioters' demands.")).toEqual([
      ['mob', 'lx-mob'],
      ['rioters', 'lx-rioter'],
    ]);
  });

  it('matches inflections, in any case', () => {
    expect(matched('Gangs RAMPAGED; rampaging crowds; they terrorized and terrorise.')).toEqual([
      ['RAMPAGED', 'lx-rampage'],
      ['rampaging', 'lx-rampage'],
      ['terrorized', 'lx-terrorise'],
      ['terrorise', 'lx-terrorise'],
    ]);
  });

  it('does not match inside a longer word', () => {
    // "mob" in "mobile", "sham" in "shampoo", "riot" in "patriot", "tide" in "Yuletide".
    expect(matched('A mobile shampoo patriot at Yuletide.')).toEqual([]);
  });
});
