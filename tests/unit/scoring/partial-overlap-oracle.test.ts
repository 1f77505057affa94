import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreStudent } from '../../../src/domain/scoring/score-class';
import type { ScorableAnnotation } from '../../../src/domain/scoring/score-class';
import { span } from './scoring-fixture';

/** The character positions a span covers, as a set. */
function characters(s: { start: number; end: number }): Set<number> {
  const set = new Set<number>();
  for (let i = s.start; i < s.end; i += 1) set.add(i);
  return set;
}

/**
 * The measure written out literally: for each pair with the same article and label, |s∩t| by
 * intersecting character sets; P and R as the mean over the student's / key's spans.
 */
function slowScore(student: ScorableAnnotation[], key: ScorableAnnotation[]) {
  const shared = (s: ScorableAnnotation, t: ScorableAnnotation) => {
    if (s.articleId !== t.articleId || s.labelId !== t.labelId) return 0;
    const tChars = characters(t);
    return [...characters(s)].filter((c) => tChars.has(c)).length;
  };
  let p = 0;
  for (const s of student) for (const t of key) p += shared(s, t) / (s.end - s.start);
  let r = 0;
  for (const s of student) for (const t of key) r += shared(s, t) / (t.end - t.start);
  return {
    precision: student.length === 0 ? null : p / student.length,
    recall: key.length === 0 ? null : r / key.length,
  };
}

const arbitrarySpan = fc
  .record({
    start: fc.nat(60),
    length: fc.integer({ min: 1, max: 25 }),
    labelId: fc.constantFrom('L', 'M'),
    articleId: fc.constantFrom('a1', 'a2'),
  })
  .map(({ start, length, labelId, articleId }) =>
    span(start, start + length, { labelId, articleId }),
  );

describe('partial overlap against a character-set oracle', () => {
  it('agrees on precision and recall over random spans', () => {
    fc.assert(
      fc.property(
        fc.array(arbitrarySpan, { maxLength: 8 }),
        fc.array(arbitrarySpan, { maxLength: 8 }),
        (student, key) => {
          const { overall } = scoreStudent(student, key, ['a1', 'a2']);
          const expected = slowScore(student, key);
          if (expected.precision === null) expect(overall.precision).toBeNull();
          else expect(overall.precision).toBeCloseTo(expected.precision, 9);
          if (expected.recall === null) expect(overall.recall).toBeNull();
          else expect(overall.recall).toBeCloseTo(expected.recall, 9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
