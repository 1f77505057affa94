import type { MeanRow } from './class-means';
import { SCORE_COLUMNS } from './score-format';
import { ScoreCell } from './scores-table';

/** Per article or per label: the class mean of each measure. */
export function BreakdownTable({
  title,
  rowHeader,
  rows,
}: {
  title: string;
  rowHeader: string;
  rows: readonly { key: string; name: string; means: MeanRow }[];
}) {
  return (
    <div className="flex flex-col gap-1 break-inside-avoid">
      <h3 className="font-semibold">{title}</h3>
      <table className="w-full border-collapse text-sm">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">
              {rowHeader}
            </th>
            {SCORE_COLUMNS.map(({ id, header }) => (
              <th key={id} scope="col" className="px-2 py-1 text-left">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, means }) => (
            <tr key={key} className="border-b border-slate-100 break-inside-avoid">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {name}
              </th>
              {SCORE_COLUMNS.map(({ id, why }) => (
                <ScoreCell key={id} value={means[id]} why={why} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
