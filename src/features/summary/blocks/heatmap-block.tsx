import { useCallback, useRef, useState } from 'react';
import type { FramingSummary, OutletTermHeatmap } from '../../../domain/summary';
import { PlotChart, type ChartParts, type Plot } from '../../../ui/chart-plot';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { SegmentedControl } from '../../../ui/segmented-control';
import { heatmapChart, type HeatmapMeasure } from '../charts/heatmap-chart';
import { formatCount, formatDecimal } from '../format';
import { ChartOrTable, ViewSwitch, type View } from './chart-or-table';
import { CountedRule, RateRule, TermRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';

const TOP_TERMS = 25;

const measures = [
  { value: 'counts', label: 'Counts' },
  { value: 'rates', label: 'Per 1,000 words' },
] as const;

interface TermRow {
  term: string;
  total: number;
  index: number;
}

function csvColumns(heatmap: OutletTermHeatmap): CsvColumn<TermRow>[] {
  return [
    { header: 'Term', value: (row) => row.term },
    { header: 'All outlets (count)', value: (row) => row.total },
    ...heatmap.outlets.flatMap((outlet, i) => [
      {
        header: `${outlet.outletName} (count)`,
        value: (row: TermRow) => heatmap.counts[i]?.[row.index] ?? 0,
      },
      {
        header: `${outlet.outletName} per 1,000 words`,
        value: (row: TermRow) => heatmap.rates[i]?.[row.index] ?? null,
      },
    ]),
  ];
}

export function HeatmapBlock({
  summary,
  onShowTerm,
}: {
  summary: FramingSummary;
  onShowTerm: (term: string) => void;
}) {
  const { heatmap } = summary;
  const [view, setView] = useState<View>('chart');
  const [measure, setMeasure] = useState<HeatmapMeasure>('counts');
  const [showAll, setShowAll] = useState(false);
  const chart = useRef<ChartParts>([]);
  const shown = showAll ? heatmap.terms.length : Math.min(TOP_TERMS, heatmap.terms.length);
  const build = useCallback(
    (plot: Plot, width: number) => heatmapChart(plot, width, heatmap, shown, measure),
    [heatmap, shown, measure],
  );
  const termRows = heatmap.terms.map((term, index) => ({ ...term, index }));
  const value = (outlet: number, term: number) =>
    measure === 'counts'
      ? formatCount(heatmap.counts[outlet]?.[term] ?? 0)
      : formatDecimal(heatmap.rates[outlet]?.[term] ?? null);

  return (
    <SummaryBlock
      id="heatmap"
      title="Terms by outlet"
      description="Which terms each outlet uses, as counts or per 1,000 of its words — the most frequent terms first."
      how={
        <>
          <CountedRule />
          <TermRule />
          <RateRule />
        </>
      }
      tools={
        <>
          <SegmentedControl
            label="Measure"
            options={measures}
            value={measure}
            onChange={setMeasure}
          />
          <ViewSwitch what="terms by outlet" view={view} onChange={setView} />
          <ExportMenu
            what="terms by outlet"
            csv={() => csvBlob(csvColumns(heatmap), termRows)}
            chart={chart}
          />
        </>
      }
    >
      {heatmap.terms.length === 0 ? (
        <p className="text-sm text-slate-600">No annotation matches the filters.</p>
      ) : (
        <>
          <ChartOrTable
            view={view}
            chart={
              <PlotChart
                label={`Heat map of ${measure === 'counts' ? 'counts' : 'rates per 1,000 words'} of the ${shown} most frequent terms (rows) by outlet (columns). The table view lists the numbers.`}
                build={build}
                partsRef={chart}
              />
            }
            table={
              <ScrollRegion label="Terms by outlet table">
                <table className={t.table}>
                  <caption className={t.caption}>
                    {measure === 'counts' ? 'Annotations' : 'Annotations per 1,000 words'} of each
                    term in each outlet{shown < heatmap.terms.length ? ` (top ${shown} terms)` : ''}
                    .
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={t.th}>
                        Term
                      </th>
                      <th scope="col" className={t.thNumber}>
                        All outlets
                      </th>
                      {heatmap.outlets.map((outlet) => (
                        <th key={outlet.outletId} scope="col" className={t.thNumber}>
                          {outlet.outletName}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {termRows.slice(0, shown).map((row) => (
                      <tr key={row.term}>
                        <th scope="row" className={t.rowHeader} dir="auto">
                          <button
                            type="button"
                            className="rounded text-left underline decoration-slate-400 decoration-dotted underline-offset-2 hover:decoration-blue-700 hover:decoration-solid print:no-underline"
                            title={`Show every use of “${row.term}” in the concordance`}
                            onClick={() => onShowTerm(row.term)}
                          >
                            {row.term}
                          </button>
                        </th>
                        <td className={t.tdNumber}>{formatCount(row.total)}</td>
                        {heatmap.outlets.map((outlet, i) => (
                          <td key={outlet.outletId} className={t.tdNumber}>
                            {value(i, row.index)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            }
          />
          {heatmap.terms.length > TOP_TERMS && (
            <button
              type="button"
              className="mt-2 text-sm text-blue-700 underline print:hidden"
              onClick={() => setShowAll(!showAll)}
            >
              {showAll
                ? `Show the top ${TOP_TERMS} terms only`
                : `Show all ${formatCount(heatmap.terms.length)} terms`}
            </button>
          )}
        </>
      )}
    </SummaryBlock>
  );
}
