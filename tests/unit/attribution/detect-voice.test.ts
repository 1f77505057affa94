import { describe, expect, it } from 'vitest';
import { detectVoice } from '../../../src/domain/attribution/detect-voice';

/** Voice of the `nth` (0-based) occurrence of `term` in `text`. */
function voice(text: string, term: string, nth = 0): string {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(term, at + 1);
  if (at === -1) throw new Error(`term not in text: ${term}`);
  return detectVoice(text, at, at + term.length);
}

describe('quoted: quotation marks of every kind', () => {
  it('straight and curly double quotes; own after they close', () => {
    const straight = 'The mayor said "the rioters will pay" and the rioters left.';
    expect(voice(straight, 'rioters')).toBe('quoted');
    expect(voice(straight, 'rioters', 1)).toBe('own');
    const curly = 'The mayor said “the rioters will pay” and the rioters left.';
    expect(voice(curly, 'rioters')).toBe('quoted');
    expect(voice(curly, 'rioters', 1)).toBe('own');
  });

  it('guillemets « » and ‹ ›, and the reversed » « of German or Danish', () => {
    const french = 'Le ministre a parlé de « casseurs » et de casseurs encore.';
    expect(voice(french, 'casseurs')).toBe('quoted');
    expect(voice(french, 'casseurs', 1)).toBe('own');
    const single = 'A sign read ‹ thugs › beside thugs.';
    expect(voice(single, 'thugs')).toBe('quoted');
    expect(voice(single, 'thugs', 1)).toBe('own');
    const german = 'Der Minister sprach von »Chaoten« und Chaoten.';
    expect(voice(german, 'Chaoten')).toBe('quoted');
    expect(voice(german, 'Chaoten', 1)).toBe('own');
  });

  it('single quotes used as quotation marks, straight and curly', () => {
    const curly = 'Officials spoke of ‘an invasion’ at the border; the invasion talk spread.';
    expect(voice(curly, 'invasion')).toBe('quoted');
    expect(voice(curly, 'invasion', 1)).toBe('own');
    const straight = "Officials spoke of 'an invasion' at the border; the invasion talk spread.";
    expect(voice(straight, 'invasion')).toBe('quoted');
    expect(voice(straight, 'invasion', 1)).toBe('own');
  });

  it('near misses: apostrophes are not quotation marks', () => {
    // Possessives inside and after words, elisions that start a word.
    const text =
      "HTS’s fighters and the soldiers’ bodies; rock 'n' roll thugs; the '90s thugs; 'em thugs.";
    expect(voice(text, 'fighters')).toBe('own');
    expect(voice(text, 'bodies')).toBe('own');
    expect(voice(text, 'thugs')).toBe('own'); // after 'n'
    expect(voice(text, 'thugs', 1)).toBe('own'); // after '90s: no closing mark in the paragraph
    expect(voice(text, 'thugs', 2)).toBe('own'); // after 'em
  });

  it('a quotation that continues across a paragraph break', () => {
    // The convention: the first paragraph's quotation never closes, the next paragraph opens
    // with a quotation mark again, and the quotation ends there.
    const text =
      '“We will not let the mob win,” the minister said. “They are thugs.\n\n“The thugs will face justice,” she added. The thugs went home.';
    expect(voice(text, 'mob')).toBe('quoted');
    expect(voice(text, 'thugs')).toBe('quoted'); // open at the end of its paragraph
    expect(voice(text, 'thugs', 1)).toBe('quoted'); // reopened by the continuing paragraph
    expect(voice(text, 'thugs', 2)).toBe('own'); // after the quotation closed
    // The same with single marks: a single quotation left open counts only when continued.
    const single = "He said: 'They are thugs.\n\n'Real thugs.' Thugs, then.";
    expect(voice(single, 'thugs')).toBe('quoted');
    const notContinued = "Thugs of the 'hood are thugs.\n\nNext paragraph.";
    expect(voice(notContinued, 'thugs')).toBe('own'); // an opener never closed, not continued
  });
});

describe('quoted: embedded posts', () => {
  it('a post introduced by a platform and a colon, with or without marks', () => {
    const inline = 'In a post on Telegram, the commander wrote: the enemy will be crushed.';
    expect(voice(inline, 'crushed')).toBe('quoted');
    const nextParagraph = 'The minister wrote on X:\n\nThese rioters are thugs.\n\nThe thugs left.';
    expect(voice(nextParagraph, 'rioters')).toBe('quoted');
    expect(voice(nextParagraph, 'thugs', 1)).toBe('own'); // the paragraph after the post
    const tweeted = 'Hours later the mayor tweeted: total chaos downtown.';
    expect(voice(tweeted, 'chaos')).toBe('quoted');
  });

  it('near misses: a platform without a colon, a colon without a post, a clock time', () => {
    expect(voice('He wrote on X about the chaos downtown.', 'chaos')).toBe('own');
    expect(voice('The result was plain: chaos downtown.', 'chaos')).toBe('own');
    expect(voice('The mob came at 10:30 in the morning.', 'mob')).toBe('own');
    // "on x" in lower case is not the platform.
    expect(voice('Bet on x: the mob wins.', 'mob')).toBe('own');
  });
});

describe('attributed: designation and reported-speech frames', () => {
  const cases: [string, string, string][] = [
    // [frame, sentence, term governed by it]
    [
      'designated as',
      'The group is designated as a terrorist organisation by the UN.',
      'terrorist',
    ],
    ['described as', 'Officials described the marchers as rioters.', 'rioters'],
    ['what police called', 'Crowds gathered in what police called a riot.', 'riot'],
    ['what X termed', 'It was what the mayor termed an invasion.', 'invasion'],
    ['branded', 'The government branded them extremists.', 'extremists'],
    ['dubbed', 'Tabloids dubbed the crowd a mob.', 'mob'],
    ['labelled', 'The ministry labelled the group a terrorist cell.', 'terrorist cell'],
    ['labeled', 'The ministry labeled the group a terrorist cell.', 'terrorist cell'],
    ['referred to as', 'They are referred to as illegals by the minister.', 'illegals'],
    ['according to (heading)', 'According to police, the mob set fire to cars.', 'mob'],
    ['according to (closing)', 'The mob set fire to cars, according to police.', 'mob'],
    [
      'which X considers',
      'Kurdish units, which Ankara considers terrorists, held out.',
      'terrorists',
    ],
    [
      'which X regards as',
      'Kurdish units, which Ankara regards as terrorists, held out.',
      'terrorists',
    ],
    ['X said the protesters were', 'The mayor said the protesters were thugs.', 'thugs'],
    ['X wrote that', 'The senator wrote that the marchers were a mob.', 'mob'],
    ['X warned that', 'The mayor warned that looters would be shot.', 'looters'],
    [
      'reported speech runs past commas',
      'The minister said crossings had doubled, and that ruthless gangs profit.',
      'ruthless',
    ],
    [
      'a quotation inside reported speech',
      'Hale said his client was "scapegoated" by a town desperate for blame.',
      'desperate',
    ],
    [
      'a parenthetical source',
      'The regime, the ministry said, had persecuted speakers.',
      'persecuted',
    ],
    [
      'X noted that',
      'She noted that the so-called mission relies on unverified posts.',
      'unverified',
    ],
    ['seen as', 'HTS is widely seen as the strongest group.', 'strongest'],
    ['X denied that', 'The minister denied that pushbacks take place.', 'pushbacks'],
    ['what X are calling', 'It was what supporters are calling a landslide.', 'landslide'],
    ['known as', 'It is a practice known as pushbacks.', 'pushbacks'],
    ['dismissed as', 'Findings the government dismissed as lies.', 'lies'],
    ['X accused … of', 'Activists accused the police of a brutal crackdown.', 'brutal crackdown'],
    ['X called them', 'The senator called them looters.', 'looters'],
  ];
  it.each(cases)('%s', (_frame, sentence, term) => {
    expect(voice(sentence, term)).toBe('attributed');
  });

  const nearMisses: [string, string, string][] = [
    // [why the frame does not govern, sentence, term]
    ['the term comes before the frame', 'Rioters gathered; police described it later.', 'Rioters'],
    ['a comma ends the frame', 'Officials described the scene, and rioters fled.', 'rioters'],
    [
      'too far from the frame',
      'Officials described the long night in the old town as rioters fled.',
      'rioters',
    ],
    ['another sentence', 'Police designated the zone. Rioters fled.', 'Rioters'],
    [
      'the quotation holding the frame closed',
      '“They branded us” ran above photos of terrorists.',
      'terrorists',
    ],
    [
      '"is accused of" is the charge, not an accuser',
      'Brennan is accused of the savage attack.',
      'savage attack',
    ],
    [
      'the words are the frame themselves',
      'Police said they targeted what she called offenders.',
      'what she called',
    ],
    ['"so-called" is the outlet’s own distancing', 'The so-called militia fled.', 'militia'],
    ['"called for" is not naming', 'The mayor called for calm as looters fled.', 'looters'],
    ['"alleged" as an adjective', 'The alleged looters were freed.', 'looters'],
    [
      '"according to" not heading the sentence',
      'Fires spread according to plan, and the mob ran.',
      'mob',
    ],
  ];
  it.each(nearMisses)('near miss: %s', (_why, sentence, term) => {
    expect(voice(sentence, term)).toBe('own');
  });
});
