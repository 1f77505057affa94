import type { ScoreRow, StudentScore } from '../../../domain/scoring/score-types';
import { SCORE_COLUMNS, scoreValue, type ScoreColumn } from './score-format';

/** One breakdown row: each column's mean over the students for whom it is defined. */
export type MeanRow = Record<ScoreColumn, number | null>;

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0
    ? null
    : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

export function meanRow(rows: readonly ScoreRow[]): MeanRow {
  const entries = SCORE_COLUMNS.map(({ id }) => [id, mean(rows.map((row) => scoreValue(row, id)))]);
  return Object.fromEntries(entries) as MeanRow;
}

/** The class mean per key (article or label id) of `pick(student)[key]`. */
export function meansBy(
  students: readonly StudentScore[],
  keys: readonly string[],
  pick: (student: StudentScore) => Record<string, ScoreRow>,
): { key: string; means: MeanRow }[] {
  return keys.map((key) => ({
    key,
    means: meanRow(
      students
        .map((student) => pick(student)[key])
        .filter((row): row is ScoreRow => row !== undefined),
    ),
  }));
}
