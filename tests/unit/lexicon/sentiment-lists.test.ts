import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { compileLexicon, findMatches, formKeys } from '../../../src/domain/lexicon/match-lexicon';

const matcher = compileLexicon(defaultLexicon);

const matched = (text: string): [string, string][] =>
  findMatches(matcher, text).map((m) => [text.slice(m.start, m.end), m.entryId]);

const allKeys = new Set(defaultLexicon.flatMap((item) => item.forms.flatMap(formKeys)));

/**
 * Words that VADER or AFINN rate strongly but that the news-neutrality rule of the second pass
 * (docs/decisions/0008) leaves out: reported feelings of ordinary intensity, plain names of events
 * and legal status, everyday praise, the noun senses that make a verb ambiguous, and "enslaved"
 * (AP's recommended neutral term).
 */
const LEFT_OUT = [
  'angry',
  'worried',
  'sad',
  'happy',
  'glad',
  'despair',
  'destroyed',
  'dead',
  'death',
  'fatal',
  'fatalities',
  'torture',
  'treason',
  'corruption',
  'fraud',
  'victory',
  'win',
  'success',
  'best',
  'great',
  'freedom',
  'disaster',
  'threat',
  'dangerous',
  'killer',
  'thief',
  'blasts',
  'touts',
  'enslaved',
  'crude',
  'contempt',
  'toxic',
];

/** Nouns whose -ed form is an adjective, not a past tense: "bigoted" is not "to bigot". */
const NOT_VERBS = new Set(['bigot']);

/**
 * The verb families of the lexicon: an entry that holds a base form `b` and its past `b`+ed
 * (or `b`+d) must also hold the third person and the -ing form.
 */
function missingVerbForms(forms: string[]): string[] {
  const set = new Set(forms.map((form) => form.toLowerCase()));
  const missing: string[] = [];
  for (const base of set) {
    if (base.includes(' ') || NOT_VERBS.has(base)) continue;
    if (base.endsWith('ed') || base.endsWith('ing')) continue;
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    const doubled = base + base.slice(-1);
    const past = [`${stem}ed`, `${doubled}ed`];
    if (!past.some((form) => set.has(form))) continue;
    const third = [`${base}s`, `${base}es`];
    const ing = [`${stem}ing`, `${doubled}ing`];
    if (!third.some((form) => set.has(form))) missing.push(`${base} +s`);
    if (!ing.some((form) => set.has(form))) missing.push(`${base} +ing`);
  }
  return missing;
}

describe('the second pass over the sentiment lists', () => {
  it('leaves out the words its news-neutrality rule excludes', () => {
    expect(LEFT_OUT.filter((word) => allKeys.has(word))).toEqual([]);
  });

  it('gives every verb family its -s, -ed and -ing forms', () => {
    const gaps = defaultLexicon.flatMap((item) =>
      missingVerbForms(item.forms).map((gap) => `${item.id}: ${gap}`),
    );
    expect(gaps).toEqual([]);
  });

  it('finds judgements of people and acts taken from VADER and AFINN', () => {
    expect(matched('A corrupt, deceitful minister called critics idiots.')).toEqual([
      ['corrupt', 'lx-corrupt'],
      ['deceitful', 'lx-deceitful'],
      ['idiots', 'lx-idiot'],
    ]);
    expect(matched('The hypocritical plan was a fiasco and a travesty.')).toEqual([
      ['hypocritical', 'lx-hypocritical'],
      ['fiasco', 'lx-fiasco'],
      ['travesty', 'lx-fiasco'],
    ]);
  });

  it('finds SemEval phrase patterns and said-substitutes', () => {
    expect(
      matched('The rally was little more than a stunt, an existential threat, he boasted.'),
    ).toEqual([
      ['little more than', 'lx-nothing-more-than'],
      ['existential threat', 'lx-existential-threat'],
      ['boasted', 'lx-boasted'],
    ]);
    expect(matched('She railed against the self-described patriots.')).toEqual([
      ['railed against', 'lx-railed'],
      ['self-described', 'lx-self-described'],
    ]);
  });

  it('matches the inflections added to older entries', () => {
    // smirk/sneers (lx-smirking), razes (lx-obliterate), foils (lx-thwart), rioted (lx-riot).
    expect(matched('He sneers; the army razes towns and foils plans; crowds rioted.')).toEqual([
      ['sneers', 'lx-smirking'],
      ['razes', 'lx-obliterate'],
      ['foils', 'lx-thwart'],
      ['rioted', 'lx-riot'],
    ]);
    // Plurals of countable nouns: catastrophes (lx-devastating), charades (lx-sham).
    expect(matched('Two catastrophes and three charades.')).toEqual([
      ['catastrophes', 'lx-devastating'],
      ['charades', 'lx-sham'],
    ]);
  });
});
