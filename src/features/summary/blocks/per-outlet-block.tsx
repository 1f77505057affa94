import { useCallback, useRef, useState } from 'react';
import { ratePer1000, type FramingSummary, type OutletStats } from '../../../domain/summary';
import type { ChartParts, Plot } from '../../../ui/chart-plot';
import { PlotChart } from '../../../ui/chart-plot';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import type { LabelSwatch } from '../charts/chart-colors';
import { ratesChart } from '../charts/rates-chart';
import { formatCount, formatDecimal } from '../format';
import { ChartOrTable, ViewSwitch, type View } from './chart-or-table';
import { CountedRule, DateRule, RateRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';

interface PerOutletBlockProps {
  summary: FramingSummary;
  swatches: readonly LabelSwatch[];
}

type TotalsRow = Omit<OutletStats, 'outletId'> & { outletId: null };

function totalsRow(summary: FramingSummary): TotalsRow {
  const { words } = summary.totals;
  return {
    outletId: null,
    outletName: 'All outlets',
    articles: summary.totals.articles,
    words,
    annotations: summary.totals.annotations,
    ratePer1000: ratePer1000(summary.totals.annotations, words),
    labels: summary.labels.map((label, i) => {
      const count = summary.outlets.reduce(
        (sum, outlet) => sum + (outlet.labels[i]?.count ?? 0),
        0,
      );
      return { ...label, count, ratePer1000: ratePer1000(count, words) };
    }),
  };
}

function csvColumns(summary: FramingSummary): CsvColumn<OutletStats | TotalsRow>[] {
  return [
    { header: 'Outlet', value: (row) => row.outletName },
    { header: 'Articles', value: (row) => row.articles },
    { header: 'Words', value: (row) => row.words },
    { header: 'Annotations', value: (row) => row.annotations },
    ...summary.labels.flatMap((label, i) => [
      {
        header: `${label.labelName} (count)`,
        value: (row: OutletStats | TotalsRow) => row.labels[i]?.count ?? 0,
      },
      {
        header: `${label.labelName} per 1,000 words`,
        value: (row: OutletStats | TotalsRow) => row.labels[i]?.ratePer1000 ?? null,
      },
    ]),
  ];
}

export function PerOutletBlock({ summary, swatches }: PerOutletBlockProps) {
  const [view, setView] = useState<View>('chart');
  const chart = useRef<ChartParts>([]);
  const build = useCallback(
    (plot: Plot, width: number) => ratesChart(plot, width, summary.outlets, swatches),
    [summary.outlets, swatches],
  );
  const totals = totalsRow(summary);

  return (
    <SummaryBlock
      id="per-outlet"
      title="Per outlet"
      description="Articles, words and annotations of each outlet, and how often each label is used per 1,000 words."
      how={
        <>
          <CountedRule />
          <RateRule />
          <DateRule />
        </>
      }
      tools={
        <>
          <ViewSwitch what="per-outlet rates" view={view} onChange={setView} />
          <ExportMenu
            what="per-outlet rates"
            csv={() => csvBlob(csvColumns(summary), [...summary.outlets, totals])}
            chart={chart}
          />
        </>
      }
    >
      <ChartOrTable
        view={view}
        chart={
          <PlotChart
            label="Grouped bar chart of annotations per 1,000 words for each outlet, one bar per label in the label's colour. The table view lists the numbers."
            build={build}
            partsRef={chart}
          />
        }
        table={
          <ScrollRegion label="Per-outlet rates table">
            <table className={t.table}>
              <caption className={t.caption}>
                Annotations per 1,000 words by outlet and label; the count is in brackets.
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={t.th}>
                    Outlet
                  </th>
                  <th scope="col" className={t.thNumber}>
                    Articles
                  </th>
                  <th scope="col" className={t.thNumber}>
                    Words
                  </th>
                  <th scope="col" className={t.thNumber}>
                    Annotations
                  </th>
                  {summary.labels.map((label) => (
                    <th
                      key={label.labelId}
                      scope="col"
                      className={`${t.thNumber} border-t-4`}
                      style={{
                        borderTopColor: swatches.find((s) => s.labelId === label.labelId)?.color,
                      }}
                    >
                      {label.labelName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.outlets.map((row) => (
                  <RateRow key={row.outletId} row={row} />
                ))}
              </tbody>
              <tfoot>
                <RateRow row={totals} />
              </tfoot>
            </table>
          </ScrollRegion>
        }
      />
    </SummaryBlock>
  );
}

function RateRow({ row }: { row: OutletStats | TotalsRow }) {
  const isTotal = row.outletId === null;
  return (
    <tr className={isTotal ? 'bg-slate-50 font-medium' : ''}>
      <th scope="row" className={t.rowHeader}>
        {row.outletName}
      </th>
      <td className={t.tdNumber}>{formatCount(row.articles)}</td>
      <td className={t.tdNumber}>{formatCount(row.words)}</td>
      <td className={t.tdNumber}>{formatCount(row.annotations)}</td>
      {row.labels.map((label) => (
        <td key={label.labelId} className={t.tdNumber}>
          {formatDecimal(label.ratePer1000)}{' '}
          <span className="text-xs text-slate-500">({formatCount(label.count)})</span>
        </td>
      ))}
    </tr>
  );
}
