import { useState } from 'react';
import type { ScoreRow } from '../../../domain/scoring/score-types';
import { percent, SCORE_COLUMNS, sortRows, scoreValue, type ScoreColumn } from './score-format';

export interface NamedScore {
  key: string;
  name: string;
  row: ScoreRow;
}

type Sort = { column: ScoreColumn | 'name'; direction: 'ascending' | 'descending' };

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: Sort['column'];
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const active = sort.column === column;
  const next = active && sort.direction === 'descending' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className="px-2 py-1 text-left">
      <button
        type="button"
        className="font-semibold underline decoration-dotted underline-offset-2 print:no-underline"
        onClick={() =>
          onSort({ column, direction: column === 'name' && !active ? 'ascending' : next })
        }
      >
        {label}
        <span aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}

/** The class table: one row per student, sortable by any column (click the header). */
export function ScoresTable({ rows, caption }: { rows: readonly NamedScore[]; caption: string }) {
  const [sort, setSort] = useState<Sort>({ column: 'name', direction: 'ascending' });
  const sorted = sortRows(rows, sort.column, sort.direction);
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-300">
        <tr>
          <SortHeader label="Student" column="name" sort={sort} onSort={setSort} />
          {SCORE_COLUMNS.map(({ id, header }) => (
            <SortHeader key={id} label={header} column={id} sort={sort} onSort={setSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map(({ key, name, row }) => (
          <tr key={key} className="border-b border-slate-100 break-inside-avoid">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              {name}
            </th>
            {SCORE_COLUMNS.map(({ id, why }) => (
              <ScoreCell key={id} value={scoreValue(row, id)} why={why} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScoreCell({ value, why }: { value: number | null; why: string }) {
  return (
    <td className="px-2 py-1 tabular-nums" title={value === null ? why : undefined}>
      {percent(value)}
    </td>
  );
}
