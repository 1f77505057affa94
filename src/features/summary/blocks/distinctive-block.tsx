import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  distinctiveTermRows,
  type DistinctiveTerm,
  type DistinctiveTermRow,
  type FramingSummary,
} from '../../../domain/summary';
import { PlotChart, type ChartParts, type Plot } from '../../../ui/chart-plot';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { inputClass } from '../../../ui/field';
import { distinctiveChart } from '../charts/distinctive-chart';
import { formatCount, formatSigned } from '../format';
import { ChartOrTable, ViewSwitch, type View } from './chart-or-table';
import { CountedRule, LogOddsRule, TermRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';

const MOST = 10;
const LEAST = 5;

const columns: CsvColumn<DistinctiveTermRow>[] = [
  { header: 'Outlet', value: (row) => row.outletName },
  { header: 'Term', value: (row) => row.term },
  { header: 'Count in outlet', value: (row) => row.count },
  { header: 'Count in other outlets', value: (row) => row.otherCount },
  { header: 'Outlet annotations', value: (row) => row.tokens },
  { header: 'Other outlets annotations', value: (row) => row.otherTokens },
  { header: 'Prior (alpha_w)', value: (row) => row.alpha },
  { header: 'Log-odds (delta)', value: (row) => row.delta },
  { header: 'Variance', value: (row) => row.variance },
  { header: 'z-score', value: (row) => row.z },
];

/** The most and least distinctive terms (all of them when there are few). */
function extremes(terms: readonly DistinctiveTerm[], all: boolean): DistinctiveTerm[] {
  if (all || terms.length <= MOST + LEAST) return [...terms];
  return [...terms.slice(0, MOST), ...terms.slice(-LEAST)];
}

export function DistinctiveBlock({ summary }: { summary: FramingSummary }) {
  const [view, setView] = useState<View>('chart');
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const selectId = useId();
  const chart = useRef<ChartParts>([]);
  const withAnnotations = useMemo(
    () => summary.distinctive.filter((outlet) => outlet.tokens > 0),
    [summary.distinctive],
  );
  const outlet = useMemo(
    () => withAnnotations.find((candidate) => candidate.outletId === chosen) ?? withAnnotations[0],
    [withAnnotations, chosen],
  );
  const terms = useMemo(() => (outlet ? extremes(outlet.terms, showAll) : []), [outlet, showAll]);
  const outletName = outlet?.outletName ?? '';
  const build = useCallback(
    (plot: Plot, width: number) => distinctiveChart(plot, width, outletName, terms),
    [outletName, terms],
  );
  const enough = withAnnotations.length >= 2;

  return (
    <SummaryBlock
      id="distinctive"
      title="Distinctive terms"
      description="The terms each outlet uses more (or less) than the other outlets, beyond what chance and small counts explain."
      how={
        <>
          <CountedRule />
          <TermRule />
          <LogOddsRule />
        </>
      }
      tools={
        enough && (
          <>
            <ViewSwitch what="distinctive terms" view={view} onChange={setView} />
            <ExportMenu
              what="distinctive terms"
              csv={() => csvBlob(columns, distinctiveTermRows(summary.distinctive))}
              chart={chart}
            />
          </>
        )
      }
    >
      {!enough || !outlet ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-700">
          Distinctive terms compare one outlet with the others, so they need annotations from at
          least two outlets.{' '}
          {withAnnotations.length === 1
            ? `Only ${withAnnotations[0]?.outletName} has annotations with these filters.`
            : 'No outlet has annotations with these filters.'}
        </p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3">
            <label
              htmlFor={selectId}
              className="flex flex-col gap-1 text-sm font-medium print:hidden"
            >
              Outlet
              <select
                id={selectId}
                className={`${inputClass} w-auto py-1`}
                value={outlet.outletId}
                onChange={(event) => setChosen(event.target.value)}
              >
                {withAnnotations.map((candidate) => (
                  <option key={candidate.outletId} value={candidate.outletId}>
                    {candidate.outletName}
                  </option>
                ))}
              </select>
            </label>
            <p className="pb-1.5 text-xs text-slate-500">
              {formatCount(outlet.tokens)} annotations in {outlet.outletName} against{' '}
              {formatCount(outlet.otherTokens)} in the other outlets.
            </p>
          </div>
          <ChartOrTable
            view={view}
            chart={
              <PlotChart
                label={`Bar chart of the z-scores of ${outletName}'s most and least distinctive terms. The table view lists the numbers.`}
                build={build}
                partsRef={chart}
              />
            }
            table={
              <ScrollRegion label="Distinctive terms table">
                <table className={t.table}>
                  <caption className={t.caption}>
                    Distinctive terms of {outlet.outletName} against the other outlets, by z-score.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={t.th}>
                        Term
                      </th>
                      <th scope="col" className={t.thNumber}>
                        In {outlet.outletName}
                      </th>
                      <th scope="col" className={t.thNumber}>
                        Elsewhere
                      </th>
                      <th scope="col" className={t.thNumber}>
                        Log-odds δ
                      </th>
                      <th scope="col" className={t.thNumber}>
                        z-score
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {terms.map((term) => (
                      <tr key={term.term}>
                        <th scope="row" className={t.rowHeader} dir="auto">
                          {term.term}
                        </th>
                        <td className={t.tdNumber}>{formatCount(term.count)}</td>
                        <td className={t.tdNumber}>{formatCount(term.otherCount)}</td>
                        <td className={t.tdNumber}>{formatSigned(term.delta)}</td>
                        <td className={t.tdNumber}>{formatSigned(term.z)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            }
          />
          {outlet.terms.length > MOST + LEAST && (
            <button
              type="button"
              className="mt-2 text-sm text-blue-700 underline print:hidden"
              onClick={() => setShowAll(!showAll)}
            >
              {showAll
                ? `Show the ${MOST} most and ${LEAST} least distinctive only`
                : `Show all ${formatCount(outlet.terms.length)} terms`}
            </button>
          )}
        </>
      )}
    </SummaryBlock>
  );
}
