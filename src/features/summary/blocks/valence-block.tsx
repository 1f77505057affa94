import { useCallback, useMemo, useRef, useState } from 'react';
import type { FramingSummary, ValenceCell } from '../../../domain/summary';
import { PlotChart, type ChartParts, type Plot } from '../../../ui/chart-plot';
import { csvBlob, type CsvColumn } from '../../../ui/csv-file';
import { ExportMenu } from '../../../ui/export-menu';
import { valenceChart } from '../charts/valence-chart';
import { formatCount, formatSigned } from '../format';
import { ChartOrTable, ViewSwitch, type View } from './chart-or-table';
import { CountedRule } from './how-computed';
import { ScrollRegion } from './scroll-region';
import { SummaryBlock } from './summary-block';
import * as t from './table-styles';
import { TargetOutletTable } from './target-outlet-table';

const columns: CsvColumn<ValenceCell>[] = [
  { header: 'Target', value: (row) => row.targetName },
  { header: 'Outlet', value: (row) => row.outletName },
  { header: 'Mean valence', value: (row) => row.mean },
  { header: 'n', value: (row) => row.n },
];

const cellKey = (targetId: string | null, outletId: string) => `${targetId ?? ''}\u0000${outletId}`;

export function ValenceBlock({ summary }: { summary: FramingSummary }) {
  const [view, setView] = useState<View>('chart');
  const chart = useRef<ChartParts>([]);
  const cells = useMemo(
    () => new Map(summary.valence.map((cell) => [cellKey(cell.targetId, cell.outletId), cell])),
    [summary.valence],
  );
  const build = useCallback(
    (plot: Plot, width: number) =>
      valenceChart(plot, width, summary.valence, summary.targets, summary.outlets),
    [summary.valence, summary.targets, summary.outlets],
  );
  return (
    <SummaryBlock
      id="valence"
      title="Valence"
      description="The mean valence of the words each outlet uses about each actor, from −2 (hostile) to +2 (sympathetic), with the number of annotations averaged."
      how={
        <>
          <CountedRule />
          <p>
            <strong>Mean valence</strong> = the sum of the valences of the counted annotations about
            the target in that outlet ÷ n, their number. Valence is what the annotator set (−2
            hostile … +2 sympathetic toward the target). An empty cell means no annotation.
          </p>
        </>
      }
      tools={
        <>
          <ViewSwitch what="valence" view={view} onChange={setView} />
          <ExportMenu what="valence" csv={() => csvBlob(columns, summary.valence)} chart={chart} />
        </>
      }
    >
      {summary.valence.length === 0 ? (
        <p className="text-sm text-slate-600">No annotation matches the filters.</p>
      ) : (
        <ChartOrTable
          view={view}
          chart={
            <PlotChart
              label="Heat map of mean valence by target (rows) and outlet (columns), red for hostile, blue for sympathetic, with the mean and n in each cell. The table view lists the numbers."
              build={build}
              partsRef={chart}
            />
          }
          table={
            <ScrollRegion label="Valence table">
              <TargetOutletTable
                summary={summary}
                caption="Mean valence by target and outlet; n annotations in brackets."
                outletHeaderClass={t.thNumber}
                renderCell={(targetId, outletId) => {
                  const cell = cells.get(cellKey(targetId, outletId));
                  return (
                    <td key={outletId} className={t.tdNumber}>
                      {cell ? (
                        <>
                          {formatSigned(cell.mean)}{' '}
                          <span className="text-xs text-slate-500">
                            (n = {formatCount(cell.n)})
                          </span>
                        </>
                      ) : (
                        <span className="text-slate-400">
                          —<span className="sr-only">no annotations</span>
                        </span>
                      )}
                    </td>
                  );
                }}
              />
            </ScrollRegion>
          }
        />
      )}
    </SummaryBlock>
  );
}
