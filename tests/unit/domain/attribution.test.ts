import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectVoice, VOICE_CONTEXT } from '../../../src/domain/attribution/detect-voice';
import { isInsideQuotes } from '../../../src/domain/attribution/quotation-marks';
import { paragraphBounds, sentenceBounds } from '../../../src/domain/attribution/sentence-bounds';
import { suggestTarget } from '../../../src/domain/attribution/suggest-target';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import type { Actor } from '../../../src/domain/types';

const seeds = {
  levant24: '000_a4f1db5a2ec62c43.txt',
  yalla: '001_a45611875bf41e14.txt',
  tasnim: '002_cdcffd330fd263b3.txt',
  newArab: '003_b092ba4912c941de.txt',
  rt: '004_d8acdea6ba6ec6bd.txt',
};
const read = (file: string): string =>
  readFileSync(join(__dirname, '../../../seeds', file), 'utf8');

/**
 * Locates `term` inside `sentence` (quoted verbatim from the seed) inside the seed text, so
 * that voice and target are judged with the article's real paragraphs around them.
 */
function locate(file: string, sentence: string, term: string, nth = 0): [string, number, number] {
  const text = read(file);
  const at = text.indexOf(sentence);
  if (at === -1) throw new Error(`sentence not in ${file}: ${sentence}`);
  let offset = -1;
  for (let k = 0; k <= nth; k++) offset = sentence.indexOf(term, offset + 1);
  if (offset === -1) throw new Error(`term not in sentence: ${term}`);
  return [text, at + offset, at + offset + term.length];
}

const voiceOf = (file: string, sentence: string, term: string, nth = 0): string =>
  detectVoice(...locate(file, sentence, term, nth));
const targetOf = (file: string, sentence: string, term: string, nth = 0): string | null =>
  suggestTarget(...locate(file, sentence, term, nth), defaultCodebook.actors);

describe('detectVoice on seed sentences', () => {
  it('quoted: inside curly quotation marks (Levant24 “precision”)', () => {
    const sentence =
      'The raid, described as a “precision” operation by HTS’s Northern Operations Command';
    expect(voiceOf(seeds.levant24, sentence, 'precision')).toBe('quoted');
    // A selection that includes the quotation marks is still quoted.
    expect(voiceOf(seeds.levant24, sentence, '“precision”')).toBe('quoted');
  });

  it('quoted: a statement quoted over two sentences, and own words right after it', () => {
    const sentence =
      '“In response to the ongoing aggression against our people, our units executed a well-coordinated and precise operation on one of the enemy’s points,” the statement read.';
    expect(voiceOf(seeds.levant24, sentence, 'aggression')).toBe('quoted');
    expect(voiceOf(seeds.levant24, sentence, 'enemy')).toBe('quoted'); // the ’ of enemy’s is an apostrophe
    expect(voiceOf(seeds.levant24, sentence, 'statement')).toBe('own');
  });

  it('attributed, not quoted: apostrophes (HTS’s, regime’s) do not open quotations', () => {
    const sentence =
      'According to a statement released by HTS’s Northern Operations Command, the attack on the regime’s military point was meticulously planned';
    const [text, start] = locate(seeds.levant24, sentence, 'meticulously');
    expect(isInsideQuotes(text, text.lastIndexOf('\n', start) + 1, start)).toBe(false);
    // "According to …," heads the sentence: what follows is the statement's claim.
    expect(voiceOf(seeds.levant24, sentence, 'meticulously')).toBe('attributed');
    expect(voiceOf(seeds.levant24, sentence, 'regime')).toBe('attributed');
  });

  it('attributed: a designation reported without quotation marks (Tasnim)', () => {
    const sentence =
      'HTS, formerly known as the Nusra Front, is designated a terrorist organization by Syria, Russia, and several other countries.';
    expect(voiceOf(seeds.tasnim, sentence, 'terrorist organization')).toBe('attributed');
    expect(voiceOf(seeds.tasnim, sentence, 'HTS')).toBe('own'); // before the cue
  });

  it('attributed: “sanctioned by the UN as” (New Arab)', () => {
    const sentence =
      'HTS, which is sanctioned by the UN as a terrorist organisation, formally broke ties with Al-Qaeda';
    expect(voiceOf(seeds.newArab, sentence, 'terrorist organisation')).toBe('attributed');
    // After the comma the cue no longer reaches.
    expect(voiceOf(seeds.newArab, sentence, 'broke ties')).toBe('own');
  });

  it('New Arab “which it considers "terrorist" groups”: quoted inside, attributed after', () => {
    const sentence =
      'Turkey has military bases in northern Syria and backs some local groups fighting the regime and against Syrian Kurdish forces which it considers "terrorist" groups.';
    // Quotation marks win over the cue: the quoted word is the designator's own.
    expect(voiceOf(seeds.newArab, sentence, 'terrorist')).toBe('quoted');
    expect(voiceOf(seeds.newArab, sentence, 'groups', 1)).toBe('attributed');
    expect(voiceOf(seeds.newArab, sentence, 'regime')).toBe('own'); // the cue comes after it
  });

  it('quoted: straight double quotes (New Arab), own words after them', () => {
    const sentence =
      '"HTS fired shells and rockets at a Syrian military post, killing eight soldiers near Kafr Ruma in Idlib province," the Britain-based Syrian Observatory for Human Rights said.';
    expect(voiceOf(seeds.newArab, sentence, 'killing')).toBe('quoted');
    expect(voiceOf(seeds.newArab, sentence, 'Britain-based')).toBe('own');
  });

  it('quoted: Yalla’s “terrorist organization” after “designated as” (quotation wins)', () => {
    const sentence =
      'HTS, a group designated as a “terrorist organization” by the United States, has long been a target';
    expect(voiceOf(seeds.yalla, sentence, 'terrorist organization')).toBe('quoted');
    expect(voiceOf(seeds.yalla, sentence, 'target')).toBe('own'); // cue cut off by the comma
  });

  it('quoted: the embedded post in RT (pic.twitter.com, "— Name (@handle)")', () => {
    const sentence =
      'Absolutely wild scenes from Aleppo today, as islamic terrorists raise the flag of jihad above the Citadel.Civilians, minorities and ancient heritage are all in grave danger. pic.twitter.com/YJRkJGlmKe';
    expect(voiceOf(seeds.rt, sentence, 'islamic terrorists')).toBe('quoted');
    expect(voiceOf(seeds.rt, sentence, 'jihad')).toBe('quoted');
    expect(voiceOf(seeds.rt, sentence, 'grave danger')).toBe('quoted');
  });

  it('own: RT names HTS a terrorist group in its own words', () => {
    const sentence =
      'Earlier this week, the Hayat Tahrir-al-Sham (HTS) terrorist group, an offshoot of Jabhat al-Nusra, and its allies launched the first major attack';
    expect(voiceOf(seeds.rt, sentence, 'terrorist group')).toBe('own');
    expect(voiceOf(seeds.rt, sentence, 'offshoot of')).toBe('own');
  });

  it('recognises an embedded post by its byline on the next line alone', () => {
    const text =
      'Intro.\nThese thugs took the city\n— Someone (@someone) May 1, 2024\nOutro thugs.';
    expect(detectVoice(text, text.indexOf('thugs'), text.indexOf('thugs') + 5)).toBe('quoted');
    const last = text.lastIndexOf('thugs');
    expect(detectVoice(text, last, last + 5)).toBe('own');
  });
});

describe('voice in a very long paragraph (a paste without line breaks)', () => {
  it('reads only the words’ surroundings: a quotation opened nearby counts, one far before not', () => {
    const filler = 'Forces moved north. '.repeat(VOICE_CONTEXT / 10); // 2 × VOICE_CONTEXT characters
    const near = `${filler}They said “the terrorists fled” today. ${filler}`;
    const at = near.indexOf('terrorists');
    expect(detectVoice(near, at, at + 10)).toBe('quoted');
    // A quotation left open two contexts before the words is out of reach in one paragraph;
    // on its own line (a paragraph of normal length) it still counts.
    const far = `He said “${filler}the terrorists fled.`;
    const farAt = far.indexOf('terrorists');
    expect(detectVoice(far, farAt, farAt + 10)).toBe('own');
    expect(detectVoice('He said “the terrorists fled.', 9, 19)).toBe('quoted');
  });

  it('an embedded-post byline beyond the surroundings is not read as the next line', () => {
    const filler = 'Forces moved north. '.repeat(VOICE_CONTEXT / 10);
    const text = `These thugs took the city ${filler}\n— Someone (@someone) May 1, 2024`;
    expect(detectVoice(text, 6, 11)).toBe('own');
    const short = 'These thugs took the city\n— Someone (@someone) May 1, 2024';
    expect(detectVoice(short, 6, 11)).toBe('quoted');
  });
});

describe('quotation tracking', () => {
  it('closes single quotes and ignores possessive apostrophes', () => {
    const text = "He called it 'liberation' and the soldiers' families wept";
    const after = text.indexOf('families');
    expect(isInsideQuotes(text, 0, text.indexOf('liberation'))).toBe(true);
    expect(isInsideQuotes(text, 0, after)).toBe(false);
    const curly = 'the ‘so-called’ army and the soldiers’ bodies';
    expect(isInsideQuotes(curly, 0, curly.indexOf('so-called'))).toBe(true);
    expect(isInsideQuotes(curly, 0, curly.indexOf('army'))).toBe(false);
    expect(isInsideQuotes(curly, 0, curly.indexOf('bodies'))).toBe(false);
  });
});

describe('sentence and paragraph bounds', () => {
  it('agrees with segmenting the whole text, also on one very long line', () => {
    // ~20,000 units on one line: sentenceBounds segments it in pieces; the whole-text
    // segmentation is the reference.
    const parts = ['The regime fell. ', 'Mr. Smith said so! ', 'Was it U.S. aid? ', 'e.g. this. '];
    let text = '';
    for (let k = 0; text.length < 20000; k++) text += parts[k % parts.length] ?? '';
    const reference = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text);
    for (let offset = 0; offset < text.length; offset += 997) {
      const segment = reference.containing(offset);
      if (!segment) throw new Error('no segment');
      const end = segment.index + segment.segment.trimEnd().length;
      expect(sentenceBounds(text, offset, offset + 1), `offset ${offset}`).toEqual({
        start: segment.index,
        end: Math.max(end, offset + 1),
      });
    }
  });

  it('keeps a sentence inside its paragraph', () => {
    const text = 'One regime here.\nTwo militants there. Three.';
    // "Two militants there." is 17..36 (counted by hand); the line is 17..43.
    const start = text.indexOf('militants');
    expect(sentenceBounds(text, start, start + 9)).toEqual({ start: 17, end: 37 });
    expect(paragraphBounds(text, start, start + 9)).toEqual({ start: 17, end: 44 });
    expect(sentenceBounds(text, 4, 10)).toEqual({ start: 0, end: 16 });
  });
});

describe('suggestTarget on seed sentences', () => {
  const levant =
    'In a retaliatory operation against the Assad regime forces, a commando unit from Hayat Tahrir al-Sham (HTS) captured two regime soldiers';

  it('picks the nearest alias in the sentence', () => {
    // "commando unit": " from " (6 units) to Hayat Tahrir al-Sham, " forces, a " (11) back to Assad regime.
    expect(targetOf(seeds.levant24, levant, 'commando unit')).toBe('hts');
  });

  it('lets an alias that the span overlaps win (Assad regime forces → Syrian government)', () => {
    expect(targetOf(seeds.levant24, levant, 'Assad regime forces')).toBe('syrian-government');
    expect(targetOf(seeds.levant24, levant, 'regime soldiers')).toBe('syrian-government');
  });

  it('uses the longest alias (pro-Turkish opposition fighters → Turkey, not fighters → HTS)', () => {
    const sentence = 'under the control of pro-Turkish opposition fighters.';
    expect(targetOf(seeds.newArab, sentence, 'opposition fighters')).toBe('turkey');
  });

  it('returns null when the sentence names no actor', () => {
    const sentence =
      '“We have the strength and ability to deliver fatal and painful blows to the enemy.”';
    expect(targetOf(seeds.levant24, sentence, 'fatal and painful blows')).toBeNull();
  });

  it('breaks ties in favour of the earlier alias; matches apostrophe and hyphen variants', () => {
    const actors: Actor[] = [
      { id: 'hts', name: 'HTS', aliases: ['Hay’at Tahrir al-Sham', 'HTS'] },
      { id: 'gov', name: 'Government', aliases: ['regime'] },
    ];
    const text = 'HTS attacked regime posts.';
    // "attacked" 4..11: one space to HTS before, one space to regime after.
    expect(suggestTarget(text, 4, 12, actors)).toBe('hts');
    const variant = "Hay'at Tahrir al\u2011Sham fighters advanced.";
    const start = variant.indexOf('fighters');
    expect(suggestTarget(variant, start, start + 8, actors)).toBe('hts');
    expect(suggestTarget('HTSX fighters', 5, 13, actors)).toBeNull(); // no alias inside a word
  });
});
