import { describe, expect, it } from 'vitest';
import { scoreClass, scoreStudent } from '../../../src/domain/scoring/score-class';
import { span } from './scoring-fixture';

const ARTICLES = ['a1', 'a2'];

describe('partial-overlap scoring (one article, one label)', () => {
  it('scores identical spans 1', () => {
    // s = t = 0–10: P = (10/10)/1 = 1, R = (10/10)/1 = 1, F1 = 2·1·1/2 = 1.
    const { overall } = scoreStudent([span(0, 10)], [span(0, 10)], ARTICLES);
    expect(overall).toMatchObject({ precision: 1, recall: 1, f1: 1, studentSpans: 1, keySpans: 1 });
  });

  it('scores disjoint spans 0 (F1 0, not undefined)', () => {
    // 0–10 vs 20–30 share nothing: P = 0/1 = 0, R = 0/1 = 0, P + R = 0 → F1 = 0.
    const { overall } = scoreStudent([span(0, 10)], [span(20, 30)], ARTICLES);
    expect(overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a nested span: full precision, half recall', () => {
    // Student 0–10 inside key 0–20: P = 10/10 = 1, R = 10/20 = 0.5, F1 = 2·1·0.5/1.5 = 2/3.
    const { overall } = scoreStudent([span(0, 10)], [span(0, 20)], ARTICLES);
    expect(overall.precision).toBe(1);
    expect(overall.recall).toBe(0.5);
    expect(overall.f1).toBeCloseTo(2 / 3, 10);
  });

  it('credits one student span over two key spans against both', () => {
    // Student 0–30; key 0–10 and 20–30. P = (10/30 + 10/30)/1 = 2/3;
    // R = (10/10 + 10/10)/2 = 1; F1 = 2·(2/3)·1/(2/3 + 1) = (4/3)/(5/3) = 0.8.
    const { overall } = scoreStudent([span(0, 30)], [span(0, 10), span(20, 30)], ARTICLES);
    expect(overall.precision).toBeCloseTo(2 / 3, 10);
    expect(overall.recall).toBe(1);
    expect(overall.f1).toBeCloseTo(0.8, 10);
  });

  it('gives no credit across labels', () => {
    // Same characters, labels X and Y: no same-label pair, so P = 0/1, R = 0/1, F1 = 0.
    const { overall, byLabel } = scoreStudent(
      [span(0, 10, { labelId: 'X' })],
      [span(0, 10, { labelId: 'Y' })],
      ARTICLES,
    );
    expect(overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    // Label X: student only → R undefined; label Y: key only → P undefined.
    expect(byLabel.X).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(byLabel.Y).toMatchObject({ precision: null, recall: 0, f1: null });
  });

  it('leaves undefined values null on empty sides', () => {
    const noStudent = scoreStudent([], [span(0, 10)], ARTICLES).overall;
    expect(noStudent).toMatchObject({ precision: null, recall: 0, f1: null });
    const noKey = scoreStudent([span(0, 10)], [], ARTICLES).overall;
    expect(noKey).toMatchObject({ precision: 0, recall: null, f1: null });
    const neither = scoreStudent([], [], ARTICLES);
    expect(neither.overall).toMatchObject({ precision: null, recall: null, f1: null });
    // Every article of the assignment has a row, also with no spans at all.
    expect(Object.keys(neither.byArticle)).toEqual(ARTICLES);
  });

  it('counts only accepted, non-deleted annotations of the assignment’s articles', () => {
    const student = [
      span(0, 10),
      span(40, 50, { status: 'rejected-suggestion' }),
      span(60, 70, { deleted: 1 }),
      span(80, 90, { articleId: 'elsewhere' }),
    ];
    // Only 0–10 counts on the student side: P = (10/10)/1 = 1; R = (10/10)/1 = 1.
    const { overall } = scoreStudent(student, [span(0, 10)], ARTICLES);
    expect(overall).toMatchObject({ studentSpans: 1, keySpans: 1, precision: 1, recall: 1 });
  });
});

describe('rows per article, per label and overall', () => {
  it('sums numerators and span counts, not averages of ratios', () => {
    const student = [
      span(0, 10), // a1/L: equals the key 0–10 → Σ|s∩t|/|s| = 1
      span(0, 4, { articleId: 'a2' }), // a2/L: inside key 0–8 → 4/4 = 1 for P, 4/8 = 0.5 for R
      span(10, 20, { articleId: 'a2', labelId: 'M' }), // a2/M: no key span → 0
    ];
    const key = [span(0, 10), span(0, 8, { articleId: 'a2' })];
    const score = scoreStudent(student, key, ARTICLES);
    // Overall: P = (1 + 1 + 0)/3 = 2/3; R = (1 + 0.5)/2 = 0.75; F1 = 2·(2/3)·0.75/(2/3+0.75) = 1/(17/12) = 12/17.
    expect(score.overall.precision).toBeCloseTo(2 / 3, 10);
    expect(score.overall.recall).toBe(0.75);
    expect(score.overall.f1).toBeCloseTo(12 / 17, 10);
    // Article a2: P = (1 + 0)/2 = 0.5; R = 0.5/1 = 0.5.
    expect(score.byArticle.a2).toMatchObject({ precision: 0.5, recall: 0.5, studentSpans: 2 });
    // Label L: P = (1 + 1)/2 = 1; R = (1 + 0.5)/2 = 0.75. Label M: P = 0/1, R undefined.
    expect(score.byLabel.L).toMatchObject({ precision: 1, recall: 0.75 });
    expect(score.byLabel.M).toMatchObject({ precision: 0, recall: null, f1: null });
  });
});

describe('attribute agreement on matched pairs', () => {
  it('counts same target, same voice and valence within ±1 over one-to-one matches', () => {
    const key = [
      span(0, 10, { target: 'army', voice: 'own', valence: -2 }),
      span(20, 30, { target: 'army', voice: 'quoted', valence: 1 }),
      span(50, 60, { target: null, voice: 'own', valence: 0 }),
    ];
    const student = [
      span(0, 10, { target: 'army', voice: 'quoted', valence: -1 }), // target ✓ voice ✗ |−1+2|=1 ✓
      span(22, 28, { target: 'police', voice: 'quoted', valence: -1 }), // ✗ ✓ |−1−1|=2 ✗
      span(50, 60, { target: null, voice: 'own', valence: 0 }), // ✓ ✓ ✓
      span(90, 95), // no key span: not a pair
    ];
    const { attributes } = scoreStudent(student, key, ARTICLES).overall;
    expect(attributes).toEqual({
      matchedPairs: 3,
      sameTarget: 2, // pairs 1 and 3
      sameVoice: 2, // pairs 2 and 3
      valenceWithinOne: 2, // pairs 1 and 3
    });
  });

  it('matches one-to-one, the larger overlap first', () => {
    // Key 0–10 (valence −2) overlaps student 0–3 (3 chars, valence −2) and 2–10 (8 chars,
    // valence +2). One pair only: the larger overlap, 2–10, whose valence differs by 4.
    const key = [span(0, 10, { valence: -2 })];
    const student = [span(0, 3, { valence: -2 }), span(2, 10, { valence: 2 })];
    const { attributes } = scoreStudent(student, key, ARTICLES).overall;
    expect(attributes).toMatchObject({ matchedPairs: 1, valenceWithinOne: 0 });
  });

  it('breaks equal overlaps by the earlier start', () => {
    // Key 0–20 overlaps student 0–5 and 10–15 by 5 characters each: the earlier (0–5, valence
    // 0, same as the key's) is the pair.
    const key = [span(0, 20, { valence: 0 })];
    const student = [span(10, 15, { valence: 2 }), span(0, 5, { valence: 0 })];
    const { attributes } = scoreStudent(student, key, ARTICLES).overall;
    expect(attributes).toMatchObject({ matchedPairs: 1, valenceWithinOne: 1 });
  });
});

describe('scoreClass', () => {
  it('scores every student against the same key, keeping ids, names and order', () => {
    const key = [span(0, 10)];
    const scores = scoreClass({
      keyAnnotatorId: 'teacher',
      articleIds: ARTICLES,
      key,
      students: [
        { id: 'b', name: 'Bo', annotations: [span(0, 10)] }, // identical → F1 1
        { id: 'c', name: 'Cy', annotations: [span(0, 5)] }, // P = 5/5 = 1, R = 5/10 = 0.5
      ],
    });
    expect(scores.keyAnnotatorId).toBe('teacher');
    expect(scores.articleIds).toEqual(ARTICLES);
    expect(scores.students.map((s) => [s.studentId, s.studentName])).toEqual([
      ['b', 'Bo'],
      ['c', 'Cy'],
    ]);
    expect(scores.students[0]!.overall.f1).toBe(1);
    expect(scores.students[1]!.overall).toMatchObject({ precision: 1, recall: 0.5 });
  });
});
