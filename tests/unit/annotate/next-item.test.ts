import { describe, expect, test } from 'vitest';
import { nextItemIndex } from '../../../src/features/annotate/keys/next-item';

const items = [
  { key: 'a', start: 0, end: 5 },
  { key: 'b', start: 10, end: 15 },
  { key: 'c', start: 20, end: 25 },
];

describe('where J and K go', () => {
  test('from a listed item: its neighbour, staying put at the ends', () => {
    expect(nextItemIndex(items, 'a', null, 1)).toBe(1);
    expect(nextItemIndex(items, 'c', null, 1)).toBe(2);
    expect(nextItemIndex(items, 'b', null, -1)).toBe(0);
  });

  test('from words just labelled and not listed yet: the items after and before them', () => {
    // The new words are 16–18, between b (10–15) and c (20–25).
    expect(nextItemIndex(items, 'new', { start: 16, end: 18 }, 1)).toBe(2);
    expect(nextItemIndex(items, 'new', { start: 16, end: 18 }, -1)).toBe(1);
  });

  test('with nothing current and no caret: the first or the last item', () => {
    expect(nextItemIndex(items, null, null, 1)).toBe(0);
    expect(nextItemIndex(items, null, null, -1)).toBe(2);
  });

  test('from the caret on an item’s words (Esc let go of it): that item first', () => {
    // Caret on 10–15, all of b: J and K both go to b.
    expect(nextItemIndex(items, null, { start: 10, end: 15 }, 1)).toBe(1);
    expect(nextItemIndex(items, null, { start: 10, end: 15 }, -1)).toBe(1);
    // Caret on 10–12, the start of b: J goes to b, which ends after the caret.
    expect(nextItemIndex(items, null, { start: 10, end: 12 }, 1)).toBe(1);
    // After the last item there is nowhere to go.
    expect(nextItemIndex(items, null, { start: 30, end: 33 }, 1)).toBe(-1);
  });
});
