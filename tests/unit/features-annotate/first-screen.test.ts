import { describe, expect, test } from 'vitest';
import { firstScreenWindow, splitForPainting } from '../../../src/features/annotate/first-screen';

describe('firstScreenWindow', () => {
  test('opened at the top: everything down to the bottom of the viewport', () => {
    // 900 px of 32 px lines: 28.125, so 29 lines of at most 140 characters = 4,060.
    expect(firstScreenWindow({ scrollY: 0, height: 900, lineHeight: 32 }, null)).toEqual({
      from: 0,
      to: 4_060,
    });
  });

  test('opened on a page already scrolled: the scrolled part counts too', () => {
    // 640 + 900 = 1,540 px: 48.125, so 49 lines × 140 = 6,860.
    expect(firstScreenWindow({ scrollY: 640, height: 900, lineHeight: 32 }, null)).toEqual({
      from: 0,
      to: 6_860,
    });
  });

  test('smaller lines hold more text on one screen', () => {
    // 900 / 16 = 56.25, so 57 lines × 140 = 7,980.
    expect(firstScreenWindow({ scrollY: 0, height: 900, lineHeight: 16 }, null).to).toBe(7_980);
  });

  test('at a linked annotation: a screen above it (and 1,000 characters more) and below it', () => {
    // One screen: 29 lines × 140 = 4,060. From 50,000 − 4,060 − 1,000 = 44,940 to 54,060.
    expect(firstScreenWindow({ scrollY: 0, height: 900, lineHeight: 32 }, 50_000)).toEqual({
      from: 44_940,
      to: 54_060,
    });
    // Near the top it starts at 0: 2,000 − 5,060 is below 0.
    expect(firstScreenWindow({ scrollY: 0, height: 900, lineHeight: 32 }, 2_000)).toEqual({
      from: 0,
      to: 6_060,
    });
  });
});

describe('splitForPainting', () => {
  const span = (key: string, start: number, end: number) => ({ key, start, end });
  const keys = (spans: { key: string }[]) => spans.map((entry) => entry.key);

  test('spans on the view now (in their order), the others nearest first', () => {
    const spans = [
      span('far-before', 0, 50), // ends 50 before the view starts: distance 51
      span('touching-before', 60, 100), // ends where the view starts: distance 1
      span('across-start', 90, 110),
      span('inside', 150, 160),
      span('after', 200, 210), // starts where the view ends: distance 1
      span('far-after', 300, 310), // distance 101
    ];
    const { now, later } = splitForPainting(spans, { from: 100, to: 200 });
    expect(keys(now)).toEqual(['across-start', 'inside']);
    // Ties keep the text order: touching-before (1) before after (1), then far-before (51).
    expect(keys(later)).toEqual(['touching-before', 'after', 'far-before', 'far-after']);
  });

  test('with nothing in view (text not laid out), all are later, in text order', () => {
    const spans = [span('a', 0, 5), span('b', 10, 20)];
    expect(splitForPainting(spans, null)).toEqual({ now: [], later: spans });
  });
});
