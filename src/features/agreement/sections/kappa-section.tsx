import type { AgreementReport, KappaResult } from '../../../domain/agreement/agreement-types';
import { formatCount, formatMeasure, kappaBand, type KappaBand } from '../agreement-format';
import { KappaRule } from './how-computed';
import { AgreementSection, TableScroll } from './section-parts';

const bandShade: Record<KappaBand, string> = {
  'below-chance': 'bg-red-100 text-red-950',
  slight: 'bg-slate-50',
  fair: 'bg-sky-50',
  moderate: 'bg-sky-100',
  substantial: 'bg-sky-200',
  'almost-perfect': 'bg-sky-300 text-slate-950',
};

const bandWords: Record<KappaBand, string> = {
  'below-chance': 'below chance',
  slight: 'slight',
  fair: 'fair',
  moderate: 'moderate',
  substantial: 'substantial',
  'almost-perfect': 'almost perfect',
};

// Sticky header cells keep the names in view while a large matrix scrolls inside its region.
const corner = 'sticky top-0 left-0 z-20 border-b border-slate-300 bg-white px-2 py-1.5';
const columnHeader =
  'sticky top-0 z-10 border-b border-slate-300 bg-white px-2 py-1.5 text-right align-bottom font-semibold whitespace-nowrap text-slate-700';
const rowHeader =
  'sticky left-0 z-10 border-r border-b border-slate-200 bg-white px-2 py-1.5 text-left font-medium whitespace-nowrap text-slate-900';
const cell = 'border-b border-slate-200 px-2 py-1.5 text-right whitespace-nowrap tabular-nums';

function KappaCell({ kappa }: { kappa: KappaResult | undefined }) {
  if (!kappa) return <td className={cell} />;
  if (kappa.value === null) {
    return (
      <td className={cell} title={kappa.reason ?? undefined}>
        —
      </td>
    );
  }
  const band = kappaBand(kappa.value);
  return (
    <td
      className={`${cell} ${bandShade[band]}`}
      title={`${bandWords[band]}; n = ${formatCount(kappa.n)} words both coded`}
    >
      {formatMeasure(kappa.value)}
    </td>
  );
}

function kappaByPair(report: AgreementReport): Map<string, KappaResult> {
  const byPair = new Map<string, KappaResult>();
  for (const pair of report.pairs) {
    byPair.set(`${pair.a}\u0000${pair.b}`, pair.kappa);
    byPair.set(`${pair.b}\u0000${pair.a}`, pair.kappa);
  }
  return byPair;
}

export function KappaSection({ report }: { report: AgreementReport }) {
  const byPair = kappaByPair(report);
  const { annotators } = report;
  return (
    <AgreementSection id="agreement-kappa" title="Cohen's κ" howComputed={<KappaRule />}>
      <TableScroll label="Cohen's κ for every pair of annotators">
        <table className="border-separate border-spacing-0 text-sm">
          <thead>
            <tr>
              <td className={corner} />
              {annotators.map((annotator) => (
                <th key={annotator.id} scope="col" className={columnHeader} dir="auto">
                  {annotator.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {annotators.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={rowHeader} dir="auto">
                  {row.name}
                </th>
                {annotators.map((column) =>
                  column.id === row.id ? (
                    <td key={column.id} className={cell} />
                  ) : (
                    <KappaCell key={column.id} kappa={byPair.get(`${row.id}\u0000${column.id}`)} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-xs text-slate-600">
        Shading: darker blue is higher κ, red is below chance; hover a cell for its band and n.
      </p>
    </AgreementSection>
  );
}
