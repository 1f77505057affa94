import { describe, expect, it } from 'vitest';
import { tokenLabelSets } from '../../../src/domain/agreement/token-values';
import { wordTokens } from '../../../src/domain/agreement/word-tokens';

describe('tokenLabelSets', () => {
  // Tokens: "The" [0,3), "regime" [4,10), "liberated" [11,20), "the" [21,24), "town" [25,29).
  const tokens = wordTokens('The regime liberated the town.');

  it('gives each covered token the sorted set of labels covering it, once each', () => {
    const sets = tokenLabelSets(tokens, [
      { start: 25, end: 29, labelId: 'b' }, // "town": token 4
      { start: 5, end: 12, labelId: 'b' }, // "egime l": shares characters with tokens 1 and 2
      { start: 4, end: 10, labelId: 'a' }, // "regime": token 1
      { start: 4, end: 10, labelId: 'a' }, // the same again: no repeat
    ]);
    expect([...sets]).toEqual([
      [1, ['a', 'b']],
      [2, ['b']],
      [4, ['b']],
    ]);
  });

  it('leaves out tokens a span only touches at a boundary or spaces between words', () => {
    // [3, 4) is the space between "The" and "regime"; [10, 11) the space after "regime".
    const sets = tokenLabelSets(tokens, [
      { start: 3, end: 4, labelId: 'a' },
      { start: 10, end: 11, labelId: 'a' },
    ]);
    expect(sets.size).toBe(0);
  });
});
