import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapChecker } from '../../../src/domain/annotations/span-overlap';

describe('overlapChecker', () => {
  it('tells overlapping from touching and disjoint spans', () => {
    const overlaps = overlapChecker([
      { start: 10, end: 20 },
      { start: 0, end: 3 },
    ]);
    expect(overlaps(15, 16)).toBe(true); // inside 10–20
    expect(overlaps(5, 12)).toBe(true); // straddles the start of 10–20
    expect(overlaps(2, 4)).toBe(true); // straddles the end of 0–3
    expect(overlaps(3, 10)).toBe(false); // touches both, overlaps neither
    expect(overlaps(20, 30)).toBe(false);
    expect(overlapChecker([])(0, 100)).toBe(false);
  });

  it('sees a long early span past shorter later ones', () => {
    // 0–100 covers 50–51 although the span starting last before 51 (40–45) does not.
    const overlaps = overlapChecker([
      { start: 0, end: 100 },
      { start: 40, end: 45 },
    ]);
    expect(overlaps(50, 51)).toBe(true);
  });

  it('agrees with checking every span', () => {
    const span = fc
      .tuple(fc.nat(200), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, query) => {
        const expected = spans.some((s) => s.start < query.end && query.start < s.end);
        expect(overlapChecker(spans)(query.start, query.end)).toBe(expected);
      }),
    );
  });
});
