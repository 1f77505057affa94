import { describe, expect, test } from 'vitest';
import { findNext } from '../../../src/domain/text/find-next';

const text = 'Armed groups regrouped. The group ARMED itself; groupings followed the Group.';
// Offsets by hand: "groups" 6, "regrouped" 13 ("group" inside it at 15), "group" 28,
// "ARMED" 34, "groupings" 48, "Group" 71.

describe('finding the next occurrence of a few typed letters', () => {
  test('whole words first, case-insensitive, in text order from the caret, wrapping round', () => {
    // Whole-word "group": 28 and 71 ("Group"); "groups", "regrouped", "groupings" only contain it.
    expect(findNext(text, 'group', 0)).toEqual({ start: 28, end: 33 });
    expect(findNext(text, 'group', 33)).toEqual({ start: 71, end: 76 });
    expect(findNext(text, 'group', 76)).toEqual({ start: 28, end: 33 });
  });

  test('without a whole-word match, the start of a word, widened to the whole word', () => {
    // "grou" starts "groups" (6), "group" (28), "groupings" (48), "Group" (71); not "regrouped".
    expect(findNext(text, 'grou', 0)).toEqual({ start: 6, end: 12 });
    expect(findNext(text, 'grou', 12)).toEqual({ start: 28, end: 33 });
    expect(findNext(text, 'grou', 33)).toEqual({ start: 48, end: 57 });
  });

  test('inside a word only when nothing better exists', () => {
    // "egroup" only inside "regrouped" (13–22).
    expect(findNext(text, 'egroup', 0)).toEqual({ start: 13, end: 22 });
  });

  test('ARMED and armed are one word; a query not in the text, or blank, finds nothing', () => {
    expect(findNext(text, 'armed', 1)).toEqual({ start: 34, end: 39 });
    expect(findNext(text, 'shelling', 0)).toBeNull();
    expect(findNext(text, '  ', 0)).toBeNull();
  });

  test('letters that mean something in a pattern are searched as letters', () => {
    expect(findNext('a (b) c', '(b)', 0)).toEqual({ start: 3, end: 4 });
  });
});
