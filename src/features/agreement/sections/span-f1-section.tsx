import type { AgreementReport, F1Result } from '../../../domain/agreement/agreement-types';
import { formatCount } from '../agreement-format';
import type { ReportNames } from '../report-names';
import { SpanF1Rule } from './how-computed';
import { AgreementSection, MeasureCell, TableScroll } from './section-parts';
import { table, td, th, thNumber, tdNumber } from './table-styles';

interface SpanRow {
  key: string;
  a: string;
  b: string;
  label: string | null;
  exact: F1Result;
  overlap: F1Result;
}

function SpanTable({
  rows,
  withLabel,
  label,
}: {
  rows: SpanRow[];
  withLabel: boolean;
  label: string;
}) {
  return (
    <TableScroll label={label}>
      <table className={table}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Annotator A
            </th>
            <th scope="col" className={th}>
              Annotator B
            </th>
            {withLabel && (
              <th scope="col" className={th}>
                Label
              </th>
            )}
            <th scope="col" className={thNumber}>
              Exact F1
            </th>
            <th scope="col" className={thNumber}>
              Overlap F1
            </th>
            <th scope="col" className={thNumber}>
              n
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className={td} dir="auto">
                {row.a}
              </td>
              <td className={td} dir="auto">
                {row.b}
              </td>
              {withLabel && <td className={td}>{row.label}</td>}
              <MeasureCell value={row.exact.f1} reason={row.exact.reason} />
              <MeasureCell value={row.overlap.f1} reason={row.overlap.reason} />
              <td
                className={tdNumber}
                title={`${formatCount(row.exact.a)} spans of A + ${formatCount(row.exact.b)} of B`}
              >
                {formatCount(row.exact.a + row.exact.b)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function spanRows(report: AgreementReport, names: ReportNames) {
  const overall: SpanRow[] = [];
  const byLabel: SpanRow[] = [];
  for (const pair of report.pairs) {
    const a = names.annotator(pair.a);
    const b = names.annotator(pair.b);
    const key = `${pair.a}\u0000${pair.b}`;
    overall.push({ key, a, b, label: null, exact: pair.exact, overlap: pair.overlap });
    for (const entry of pair.byLabel) {
      const label = names.label(entry.labelId);
      byLabel.push({ ...entry, key: `${key}\u0000${entry.labelId}`, a, b, label });
    }
  }
  return { overall, byLabel };
}

export function SpanF1Section({ report, names }: { report: AgreementReport; names: ReportNames }) {
  const { overall, byLabel } = spanRows(report, names);
  return (
    <AgreementSection id="agreement-span-f1" title="Span F1" howComputed={<SpanF1Rule />}>
      <SpanTable rows={overall} withLabel={false} label="Span F1 for every pair of annotators" />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">By label</summary>
        <div className="mt-2">
          <SpanTable rows={byLabel} withLabel label="Span F1 by label" />
        </div>
      </details>
    </AgreementSection>
  );
}
