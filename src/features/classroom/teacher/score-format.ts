import type { ScoreRow } from '../../../domain/scoring/score-types';

export const UNDEFINED_MARK = '—';

/** 0.6667 → "67%"; null (undefined) → "—". */
export function percent(value: number | null): string {
  return value === null ? UNDEFINED_MARK : `${Math.round(value * 100)}%`;
}

function shareOf(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

export type ScoreColumn = 'precision' | 'recall' | 'f1' | 'sameTarget' | 'sameVoice' | 'valence';

export const SCORE_COLUMNS: readonly { id: ScoreColumn; header: string; why: string }[] = [
  { id: 'precision', header: 'Precision', why: 'Undefined: no spans marked.' },
  { id: 'recall', header: 'Recall', why: 'Undefined: the key marks no spans here.' },
  { id: 'f1', header: 'F1', why: 'Undefined: precision or recall is undefined, or both are 0.' },
  { id: 'sameTarget', header: 'Same target', why: 'Undefined: no span overlaps a key span.' },
  { id: 'sameVoice', header: 'Same voice', why: 'Undefined: no span overlaps a key span.' },
  { id: 'valence', header: 'Valence ±1', why: 'Undefined: no span overlaps a key span.' },
];

/** A row's value in a column, 0–1, or null when undefined. */
export function scoreValue(row: ScoreRow, column: ScoreColumn): number | null {
  const { attributes } = row;
  switch (column) {
    case 'precision':
      return row.precision;
    case 'recall':
      return row.recall;
    case 'f1':
      return row.f1;
    case 'sameTarget':
      return shareOf(attributes.sameTarget, attributes.matchedPairs);
    case 'sameVoice':
      return shareOf(attributes.sameVoice, attributes.matchedPairs);
    case 'valence':
      return shareOf(attributes.valenceWithinOne, attributes.matchedPairs);
  }
}

/** Sorted by a column; undefined values last in either direction, then by name. */
export function sortRows<Row extends { name: string; row: ScoreRow }>(
  rows: readonly Row[],
  column: ScoreColumn | 'name',
  direction: 'ascending' | 'descending',
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * a.name.localeCompare(b.name);
    const x = scoreValue(a.row, column);
    const y = scoreValue(b.row, column);
    if (x === null || y === null) {
      return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    }
    return x === y ? a.name.localeCompare(b.name) : sign * (x - y);
  });
}
