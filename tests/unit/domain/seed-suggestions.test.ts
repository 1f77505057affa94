import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import { compileLexicon } from '../../../src/domain/lexicon/match-lexicon';
import { buildSuggestions } from '../../../src/domain/suggestions/build-suggestions';

const matcher = compileLexicon(defaultLexicon);
const readSeed = (file: string): string =>
  readFileSync(join(__dirname, '../../../seeds', file), 'utf8');

/**
 * Every loaded term of an article, in reading order, written out by hand from the text:
 * [term exactly as printed, a snippet of the text around it]. The snippet pins the occurrence:
 * the first occurrence of the snippet that puts the term after the previous term is used.
 */
type Expected = [term: string, context: string];

function expectedSpans(text: string, expected: readonly Expected[]): [number, number, string][] {
  let cursor = 0;
  return expected.map(([term, context]) => {
    const offset = context.indexOf(term);
    const at = text.indexOf(context, Math.max(0, cursor - offset));
    if (at === -1 || offset === -1) throw new Error(`context not found: ${context}`);
    cursor = at + offset + term.length;
    return [at + offset, at + offset + term.length, term];
  });
}

function foundSpans(text: string): [number, number, string][] {
  return buildSuggestions(text, matcher, defaultCodebook.actors, []).map((s) => [
    s.start,
    s.end,
    s.exact,
  ]);
}

describe('suggestions on the seed articles find every loaded term, and nothing else', () => {
  it('Levant24 (000): the HTS commando raid', () => {
    const expected: Expected[] = [
      ['Commandos', 'HTS Commandos Capture'],
      ['Capture', 'Commandos Capture Regime'],
      ['Regime Soldiers', 'Capture Regime Soldiers in'],
      ['Retaliatory', 'in Retaliatory Operation'],
      ['retaliatory', 'In a retaliatory operation'],
      ['Assad regime forces', 'against the Assad regime forces,'],
      ['commando unit', 'a commando unit from'],
      ['captured', '(HTS) captured two'],
      ['regime soldiers', 'two regime soldiers in'],
      ['described as', 'The raid, described as a'],
      ['precision', '“precision” operation'],
      ['Assad regime forces', 'hours after Assad regime forces, in coordination'],
      ['suicide drones', 'involved suicide drones,'],
      ['civilians, including three children', '13 civilians, including three children.'],
      ['According to', 'According to a statement'],
      ['regime', 'the regime’s military point'],
      ['meticulously', 'was meticulously planned'],
      ['special operations unit', 'a special operations unit of'],
      ['commandos', 'The commandos successfully'],
      ['successfully', 'commandos successfully infiltrated'],
      ['infiltrated', 'successfully infiltrated the'],
      ['enemy', 'the enemy’s bunkers'],
      ['captured', 'captured two soldiers'],
      ['regime', 'the regime’s advanced'],
      ['reportedly', 'which was reportedly monitoring'],
      ['aggression', 'ongoing aggression against'],
      ['well-coordinated', 'a well-coordinated and'],
      ['precise', 'and precise operation'],
      ['enemy', 'the enemy’s points'],
      ['fatal and painful blows', 'deliver fatal and painful blows to'],
      ['enemy', 'to the enemy.”'],
      ['affiliated with', 'an outlet affiliated with HTS'],
      ['captured', 'showing the captured soldiers'],
      ['immersion', '“immersion” operations'],
      ['Assad regime forces', 'by HTS against the Assad regime forces.'],
      ['infiltration', 'involve infiltration and'],
      ['regime troops', 'with regime troops,'],
      ['seizure', 'the seizure of military'],
      ['Assad regime', 'The Assad regime has not'],
      ['acknowledged', 'officially acknowledged the loss'],
      ['pro-regime', 'However, pro-regime social'],
      ['fallen soldiers', 'for the fallen soldiers.'],
      ['regime', 'attacks by regime and Russian'],
      ['suicide drone', '120 suicide drone strikes'],
      ['regime forces', 'campaign against regime forces in response'],
      ['regime forces', 'clashed with regime forces while'],
      ['defending', 'while defending the front lines'],
    ];
    const text = readSeed('000_a4f1db5a2ec62c43.txt');
    expect(foundSpans(text)).toEqual(expectedSpans(text, expected));
  });

  it('RT (004): the Syrian military on the “terrorist offensive”, with an embedded post', () => {
    const expected: Expected[] = [
      ['Syrian military', 'The Syrian military is not allowing'],
      ['terrorists', 'allowing terrorists that launched'],
      ['admitted', 'It admitted, however'],
      ['killed', 'have been killed in the fighting'],
      ['terrorist group', '(HTS) terrorist group, an offshoot'],
      ['offshoot of', 'an offshoot of Jabhat al-Nusra'],
      ['capturing', 'years, capturing large swaths'],
      ['government forces', 'pushing back government forces.'],
      ['foreign terrorists', 'thousands of foreign terrorists, heavy'],
      ['islamic terrorists', 'as islamic terrorists raise'],
      ['jihad', 'the flag of jihad above'],
      ['grave danger', 'all in grave danger.'],
      ['acknowledged', 'Damascus acknowledged that'],
      ['killed', 'our forces were killed and others'],
      ['terrorist', 'that the terrorist forces have'],
      ['unverified', 'Meanwhile, unverified videos'],
      ['appear to', 'social media appear to show'],
      ['militants', 'show the militants in the center'],
      ['Syrian military', 'The Syrian military’s response'],
      ['According to', 'According to Oleg Ignasyuk'],
      ['Syrian forces', 'Russian and Syrian forces have'],
      ['eliminated', 'have eliminated about 600'],
      ['militants', '600 militants over'],
      ['intervened', 'Moscow intervened militarily'],
      ['heavy defeats', 'inflict heavy defeats on'],
      ['terrorist groups', 'numerous terrorist groups, most'],
    ];
    const text = readSeed('004_d8acdea6ba6ec6bd.txt');
    expect(foundSpans(text)).toEqual(expectedSpans(text, expected));
  });

  it('the other three seeds: key terms named in the design are found', () => {
    const has = (file: string, terms: string[]): void => {
      const found = new Set(foundSpans(readSeed(file)).map(([, , exact]) => exact));
      for (const term of terms) expect(found.has(term), `${file}: ${term}`).toBe(true);
    };
    has('001_a45611875bf41e14.txt', [
      'fighters',
      'reportedly',
      'seized',
      'UK-based',
      'rebel fighters',
      'Assad’s forces',
      'terrorist attack',
      'militants',
      'civilians, including children',
      'designated as',
      'terrorist organization',
      'rebranding',
      'Assad’s regime',
      'rebel factions',
    ]);
    has('002_cdcffd330fd263b3.txt', [
      'Militants',
      'Syrian Army',
      'foreign-backed militant groups',
      'militant factions',
      'overran',
      'UK-based',
      'lost their lives',
      'including children',
      'militant-held',
      'designated a',
      'terrorist organization',
      'foreign-sponsored',
      'terrorist groups',
      'destabilize',
      'aggressions',
    ]);
    has('003_b092ba4912c941de.txt', [
      'kills',
      'Syrian regime',
      'hardline',
      'Islamist',
      'Britain-based',
      'moderate',
      'rebel factions',
      'regime forces',
      'allied militias',
      'sworn enemy',
      'brutally',
      'war-torn',
      'occupation',
      'which it considers',
      'terrorist',
      'sanctioned by the UN as',
      'terrorist organisation',
      're-branding',
      'clawed back',
    ]);
  });
});

describe('buildSuggestions', () => {
  const text = 'The terrorist group attacked. The regime responded.';
  // "terrorist group" 4..18 (end 19), "regime" 34..39 (end 40), counted by hand.

  it('fills in voice and target', () => {
    const [first] = buildSuggestions(text, matcher, defaultCodebook.actors, []);
    expect(first).toMatchObject({
      start: 4,
      end: 19,
      exact: 'terrorist group',
      entryId: 'lx-terrorist-group',
      labelId: 'actor-label',
      voice: 'own',
      target: null, // no actor alias in "The terrorist group attacked."
    });
  });

  it('leaves out matches at the span of an annotation or a rejected suggestion', () => {
    const exacts = (existing: Parameters<typeof buildSuggestions>[3]): string[] =>
      buildSuggestions(text, matcher, defaultCodebook.actors, existing).map((s) => s.exact);
    expect(exacts([])).toEqual(['terrorist group', 'regime']);
    expect(exacts([{ start: 34, end: 40, status: 'rejected-suggestion' }])).toEqual([
      'terrorist group',
    ]);
    expect(exacts([{ start: 4, end: 19, status: 'accepted' }])).toEqual(['regime']);
    // Only the exact span counts by default; overlaps can be hidden on request.
    const partial = [{ start: 4, end: 13, status: 'accepted' as const }];
    expect(exacts(partial)).toEqual(['terrorist group', 'regime']);
    expect(
      buildSuggestions(text, matcher, defaultCodebook.actors, partial, {
        hideOverlapsWithAccepted: true,
      }).map((s) => s.exact),
    ).toEqual(['regime']);
  });
});
