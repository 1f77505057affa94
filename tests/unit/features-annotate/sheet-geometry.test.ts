import { describe, expect, test } from 'vitest';
import { scrollToClearSheet } from '../../../src/features/annotate/phone/sheet-geometry';

// A 844 px tall phone screen with a 300 px sheet: the sheet's top edge is at 844 − 300 = 544.
// With a 12 px margin the words must lie between 12 and 544 − 12 = 532.
const sheetTop = 544;
const margin = 12;

describe('scrollToClearSheet', () => {
  test('words already above the sheet need no scroll', () => {
    expect(scrollToClearSheet({ top: 200, bottom: 224 }, sheetTop, margin)).toBe(0);
    // Exactly on both limits still counts as clear.
    expect(scrollToClearSheet({ top: 12, bottom: 532 }, sheetTop, margin)).toBe(0);
  });

  test('words under the sheet scroll the page down until their bottom is above it', () => {
    // bottom 700 must come to 532: scroll by 700 − 532 = 168 (the top goes to 676 − 168 = 508).
    expect(scrollToClearSheet({ top: 676, bottom: 700 }, sheetTop, margin)).toBe(168);
    // Half hidden: bottom 550 → 532 is 18.
    expect(scrollToClearSheet({ top: 526, bottom: 550 }, sheetTop, margin)).toBe(18);
  });

  test('words above the top of the screen scroll the page up to the margin', () => {
    // top −100 must come to 12: scroll by −100 − 12 = −112.
    expect(scrollToClearSheet({ top: -100, bottom: -76 }, sheetTop, margin)).toBe(-112);
  });

  test('words taller than the free space are aligned by their first line', () => {
    // 600 px of words cannot fit in 532 − 12 = 520 px: top 300 goes to 12, a scroll of 288.
    expect(scrollToClearSheet({ top: 300, bottom: 900 }, sheetTop, margin)).toBe(288);
  });
});
