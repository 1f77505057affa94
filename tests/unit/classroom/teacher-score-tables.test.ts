import { describe, expect, test } from 'vitest';
import type { GuessRecord } from '../../../src/domain/classroom/classroom-types';
import type { ScoreRow } from '../../../src/domain/scoring/score-types';
import { meansBy } from '../../../src/features/classroom/teacher/class-means';
import { revealRows } from '../../../src/features/classroom/teacher/reveal-rows';
import {
  percent,
  scoreValue,
  sortRows,
} from '../../../src/features/classroom/teacher/score-format';

function row(precision: number | null, recall: number | null, pairs = 0, sameTarget = 0): ScoreRow {
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return {
    studentSpans: 1,
    keySpans: 1,
    precision,
    recall,
    f1,
    attributes: { matchedPairs: pairs, sameTarget, sameVoice: 0, valenceWithinOne: pairs },
  };
}

describe('the scores table', () => {
  test('percentages without decimals, a dash when undefined', () => {
    expect(percent(2 / 3)).toBe('67%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });

  test('attribute columns are shares of the matched pairs, undefined without pairs', () => {
    // 3 matched pairs, 2 with the same target: 2/3; valenceWithinOne = 3 of 3.
    expect(scoreValue(row(1, 1, 3, 2), 'sameTarget')).toBeCloseTo(2 / 3);
    expect(scoreValue(row(1, 1, 3, 2), 'valence')).toBe(1);
    expect(scoreValue(row(0, 0), 'sameTarget')).toBeNull();
  });

  test('sorts by a column either way, undefined values last, ties by name', () => {
    const rows = [
      { name: 'Omar', row: row(0.5, 0.5) },
      { name: 'Lina', row: row(null, 0) },
      { name: 'Ada', row: row(1, 0.5) },
      { name: 'Ben', row: row(0.5, 1) },
    ];
    const names = (sorted: typeof rows) => sorted.map((entry) => entry.name);
    expect(names(sortRows(rows, 'precision', 'descending'))).toEqual([
      'Ada',
      'Ben',
      'Omar',
      'Lina',
    ]);
    expect(names(sortRows(rows, 'precision', 'ascending'))).toEqual(['Ben', 'Omar', 'Ada', 'Lina']);
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['Ada', 'Ben', 'Lina', 'Omar']);
  });

  test('breakdowns are the mean over the students for whom a value is defined', () => {
    const students = [
      {
        studentId: 's1',
        studentName: 'A',
        overall: row(1, 1),
        byArticle: { a1: row(1, 0.5) },
        byLabel: {},
      },
      {
        studentId: 's2',
        studentName: 'B',
        overall: row(1, 1),
        byArticle: { a1: row(null, 0) },
        byLabel: {},
      },
      {
        studentId: 's3',
        studentName: 'C',
        overall: row(1, 1),
        byArticle: { a1: row(0.5, 1) },
        byLabel: {},
      },
    ];
    const [a1] = meansBy(students, ['a1'], (student) => student.byArticle);
    // Precision: s2 undefined, so (1 + 0.5) / 2 = 0.75; recall: (0.5 + 0 + 1) / 3 = 0.5.
    expect(a1?.means.precision).toBeCloseTo(0.75);
    expect(a1?.means.recall).toBeCloseTo(0.5);
    // F1: s1 2·1·0.5/1.5 = 2/3, s3 the same, s2 undefined: mean 2/3.
    expect(a1?.means.f1).toBeCloseTo(2 / 3);
    expect(a1?.means.sameTarget).toBeNull();
  });
});

describe('the reveal', () => {
  const guess = (
    annotatorId: string,
    code: string,
    outletName: string | null,
    lean: GuessRecord['lean'],
  ): GuessRecord => ({
    assignmentId: 'as-1',
    annotatorId,
    code,
    outletName,
    lean,
    updatedAt: '2026-12-06T10:00:00.000Z',
  });

  test('each code with its outlet and each student’s guess, right or wrong by name', () => {
    const rows = revealRows(
      { 'outlet-y': 'Outlet B', 'outlet-x': 'Outlet A' },
      new Map([
        ['outlet-x', 'Example Wire'],
        ['outlet-y', 'State Daily'],
      ]),
      ['s1', 's2', 's3'],
      [
        guess('s1', 'Outlet A', 'example wire', null),
        guess('s2', 'Outlet A', 'State Daily', 'right'),
        guess('s1', 'Outlet B', null, 'state-media'),
      ],
    );
    expect(rows.map((entry) => [entry.code, entry.outlet])).toEqual([
      ['Outlet A', 'Example Wire'],
      ['Outlet B', 'State Daily'],
    ]);
    expect(rows[0]?.guesses.map((cell) => cell.verdict)).toEqual(['right', 'wrong', 'none']);
    expect(rows[0]?.tally).toEqual({ right: 1, wrong: 1, lean: 0, none: 1 });
    // A named outlet keeps the lean given with it.
    expect(rows[0]?.guesses[1]?.text).toBe('State Daily (lean: Right)');
    expect(rows[1]?.guesses[0]).toEqual({
      studentId: 's1',
      text: 'Lean: State media',
      verdict: 'lean',
    });
  });
});
