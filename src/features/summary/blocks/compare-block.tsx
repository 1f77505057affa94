import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  compareOutlets,
  type FramingSummary,
  type OutletComparison,
} from '../../../domain/summary';
import { PlotChart, type ChartParts, type Plot } from '../../../ui/chart-plot';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { inputClass } from '../../../ui/field';
import type { LabelSwatch } from '../charts/chart-colors';
import { compareChart } from '../charts/compare-chart';
import { formatCount, formatDecimal, formatSigned, formatTermUsage } from '../format';
import { ChartOrTable, ViewSwitch, type View } from './chart-or-table';
import { CountedRule, RateRule, TermRule, VoiceRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import { Swatch } from './swatch';
import * as t from './table-styles';

type LabelRow = OutletComparison['labels'][number];
type TargetRow = OutletComparison['targets'][number];

function labelColumns(comparison: OutletComparison): CsvColumn<LabelRow>[] {
  const { a, b } = comparison;
  return [
    { header: 'Label', value: (row) => row.labelName },
    { header: `${a.outletName} (count)`, value: (row) => row.a.count },
    { header: `${a.outletName} per 1,000 words`, value: (row) => row.a.ratePer1000 },
    { header: `${b.outletName} (count)`, value: (row) => row.b.count },
    { header: `${b.outletName} per 1,000 words`, value: (row) => row.b.ratePer1000 },
  ];
}

function targetColumns(comparison: OutletComparison): CsvColumn<TargetRow>[] {
  const terms = (side: TargetRow['a']) =>
    side.terms.map((term) => `${term.term} ${formatTermUsage(term)}`).join('; ');
  const { a, b } = comparison;
  return [
    { header: 'Target', value: (row) => row.targetName },
    { header: `${a.outletName} annotations`, value: (row) => row.a.total },
    { header: `${a.outletName} terms`, value: (row) => terms(row.a) },
    { header: `${a.outletName} mean valence`, value: (row) => row.a.valence.mean },
    { header: `${a.outletName} valence n`, value: (row) => row.a.valence.n },
    { header: `${b.outletName} annotations`, value: (row) => row.b.total },
    { header: `${b.outletName} terms`, value: (row) => terms(row.b) },
    { header: `${b.outletName} mean valence`, value: (row) => row.b.valence.mean },
    { header: `${b.outletName} valence n`, value: (row) => row.b.valence.n },
  ];
}

interface CompareBlockProps {
  summary: FramingSummary;
  swatches: readonly LabelSwatch[];
}

export function CompareBlock({ summary, swatches }: CompareBlockProps) {
  const [view, setView] = useState<View>('chart');
  const chart = useRef<ChartParts>([]);
  const outlets = summary.outlets;
  const active = outlets.filter((outlet) => outlet.annotations > 0);
  const defaults = [...active, ...outlets.filter((outlet) => outlet.annotations === 0)];
  const [chosenA, setChosenA] = useState<string | null>(null);
  const [chosenB, setChosenB] = useState<string | null>(null);
  // A choice the filters have since left out falls back to the default.
  const present = (id: string | null) =>
    outlets.find((outlet) => outlet.outletId === id)?.outletId ?? null;
  const idA = present(chosenA) ?? defaults[0]?.outletId ?? '';
  const idB =
    present(chosenB) ?? defaults.find((outlet) => outlet.outletId !== idA)?.outletId ?? '';
  const comparison = useMemo(() => compareOutlets(summary, idA, idB), [summary, idA, idB]);
  const build = useCallback(
    (plot: Plot, width: number) => compareChart(plot, width, comparison, swatches),
    [comparison, swatches],
  );
  const idPrefix = useId();
  const enough = outlets.length >= 2;
  const { a, b } = comparison;

  return (
    <SummaryBlock
      id="compare"
      title="Compare two outlets"
      description="Two outlets side by side on the same labels and actors."
      how={
        <>
          <CountedRule />
          <RateRule />
          <TermRule />
          <VoiceRule />
          <p>
            <strong>Mean valence</strong> = the sum of the valences of the outlet’s counted
            annotations about the target ÷ n, their number.
          </p>
        </>
      }
      tools={
        enough && (
          <>
            <ViewSwitch what="comparison by label" view={view} onChange={setView} />
            <ExportMenu
              what={`comparison by label ${a.outletName} ${b.outletName}`}
              csv={() => csvBlob(labelColumns(comparison), comparison.labels)}
              chart={chart}
            />
          </>
        )
      }
    >
      {!enough ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-700">
          A comparison needs two outlets;{' '}
          {outlets.length === 1 ? `only ${outlets[0]?.outletName} is` : 'no outlet is'} in the
          summary. Add articles from another outlet, or choose more outlets in the filters.
        </p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-end gap-3 print:hidden">
            {(
              [
                ['First outlet', idA, setChosenA],
                ['Second outlet', idB, setChosenB],
              ] as const
            ).map(([label, value, onChange], i) => (
              <label
                key={label}
                htmlFor={`${idPrefix}-${i}`}
                className="flex flex-col gap-1 text-sm font-medium"
              >
                {label}
                <select
                  id={`${idPrefix}-${i}`}
                  className={`${inputClass} w-auto py-1`}
                  value={value}
                  onChange={(event) => onChange(event.target.value)}
                >
                  {outlets.map((outlet) => (
                    <option key={outlet.outletId} value={outlet.outletId}>
                      {outlet.outletName}
                      {outlet.annotations === 0 ? ' (no annotations)' : ''}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {active.length < 2 && (
            <p className="mb-3 text-sm text-slate-600">
              Only {active.length === 1 ? active[0]?.outletName : 'no outlet'} has annotations with
              these filters, so one side of the comparison is empty.
            </p>
          )}
          <ChartOrTable
            view={view}
            chart={
              <PlotChart
                label={`Back-to-back bar chart of annotations per 1,000 words by label: ${a.outletName} to the left, ${b.outletName} to the right. The table view lists the numbers.`}
                build={build}
                partsRef={chart}
              />
            }
            table={
              <ScrollRegion label="Comparison by label">
                <table className={t.table}>
                  <caption className={t.caption}>
                    Annotations per 1,000 words by label; the count is in brackets.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={t.th}>
                        Label
                      </th>
                      <th scope="col" className={t.thNumber}>
                        {a.outletName}
                      </th>
                      <th scope="col" className={t.thNumber}>
                        {b.outletName}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.labels.map((label) => (
                      <tr key={label.labelId}>
                        <th scope="row" className={t.rowHeader}>
                          <Swatch
                            color={
                              swatches.find((swatch) => swatch.labelId === label.labelId)?.color
                            }
                          />
                          {label.labelName}
                        </th>
                        {[label.a, label.b].map((side, i) => (
                          <td key={i} className={t.tdNumber}>
                            {formatDecimal(side.ratePer1000)}{' '}
                            <span className="text-xs text-slate-500">
                              ({formatCount(side.count)})
                            </span>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            }
          />
          <div className="mt-5 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-base font-semibold">Actors</h3>
            <ExportMenu
              what={`comparison by actor ${a.outletName} ${b.outletName}`}
              csv={() => csvBlob(targetColumns(comparison), comparison.targets)}
            />
          </div>
          {comparison.targets.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">
              Neither outlet has annotations about an actor.
            </p>
          ) : (
            <ScrollRegion label="Comparison by actor">
              <table className={`${t.table} mt-2`}>
                <caption className={t.caption}>
                  Terms used about each actor (own voice, then quoted and attributed) and mean
                  valence with n.
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={t.th}>
                      Actor
                    </th>
                    <th scope="col" className={t.th}>
                      {a.outletName}
                    </th>
                    <th scope="col" className={t.th}>
                      {b.outletName}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.targets.map((target) => (
                    <tr key={target.targetId ?? ''}>
                      <th scope="row" className={t.rowHeader}>
                        {target.targetName}
                      </th>
                      {[target.a, target.b].map((side, i) => (
                        <td key={i} className={`${t.td} w-2/5`}>
                          {side.total === 0 ? (
                            <span className="text-slate-400">
                              —<span className="sr-only">none</span>
                            </span>
                          ) : (
                            <>
                              <ul className="flex flex-col gap-0.5">
                                {side.terms.map((term) => (
                                  <li key={term.term} dir="auto">
                                    <span className="font-medium">{term.term}</span>{' '}
                                    <span className="tabular-nums text-slate-600">
                                      {formatTermUsage(term)}
                                    </span>
                                  </li>
                                ))}
                              </ul>
                              <p className="mt-1 text-xs text-slate-500">
                                Mean valence {formatSigned(side.valence.mean)} (n ={' '}
                                {formatCount(side.valence.n)})
                              </p>
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
    </SummaryBlock>
  );
}
