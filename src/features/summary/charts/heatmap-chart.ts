import type { OutletTermHeatmap } from '../../../domain/summary';
import type { Plot } from '../../../ui/chart-plot';
import { formatCount, formatDecimal } from '../format';
import { FONT_SIZE } from './chart-colors';

export type HeatmapMeasure = 'counts' | 'rates';

/** Outlet (columns) × term (rows), shaded by count or rate per 1,000 words. */
export function heatmapChart(
  plot: Plot,
  width: number,
  heatmap: OutletTermHeatmap,
  termCount: number,
  measure: HeatmapMeasure,
): Element[] {
  const terms = heatmap.terms.slice(0, termCount).map(({ term }) => term);
  const rows = heatmap.outlets.flatMap((outlet, i) =>
    terms.map((term, j) => ({
      outletId: outlet.outletId,
      outletName: outlet.outletName,
      term,
      count: heatmap.counts[i]?.[j] ?? 0,
      rate: heatmap.rates[i]?.[j] ?? null,
    })),
  );
  const value = (row: (typeof rows)[number]) => (measure === 'counts' ? row.count : row.rate);
  const format = (row: (typeof rows)[number]) =>
    measure === 'counts' ? formatCount(row.count) : formatDecimal(row.rate);
  const max = Math.max(0, ...rows.map((row) => value(row) ?? 0));
  const outletNames = new Map(
    heatmap.outlets.map((outlet) => [outlet.outletId, outlet.outletName]),
  );
  const label = measure === 'counts' ? 'Annotations' : 'Annotations per 1,000 words';
  const color = { type: 'linear' as const, scheme: 'blues' as const, domain: [0, max || 1], label };
  const legend = plot.legend({
    color: {
      ...color,
      // Counts are whole numbers: no 0.5 ticks.
      tickFormat: (tick: number) =>
        measure === 'rates' ? formatDecimal(tick) : Number.isInteger(tick) ? formatCount(tick) : '',
    },
    legend: 'ramp',
    width: Math.min(width, 320),
    marginLeft: 8,
    marginRight: 8,
  });
  const marginLeft = Math.min(200, width / 3);
  const chart = plot.plot({
    width: Math.max(width, marginLeft + heatmap.outlets.length * 64),
    height: terms.length * 24 + 60,
    marginLeft,
    marginTop: 36,
    style: { fontSize: `${FONT_SIZE}px` },
    ariaLabel: `${label} by term and outlet`,
    x: {
      domain: heatmap.outlets.map((outlet) => outlet.outletId),
      tickFormat: (id: string) => outletNames.get(id) ?? id,
      axis: 'top',
      label: null,
      padding: 0.04,
    },
    y: { domain: terms, label: null, padding: 0.06 },
    color,
    marks: [
      plot.cell(rows, {
        x: 'outletId',
        y: 'term',
        fill: value,
        inset: 0.5,
        title: (row: (typeof rows)[number]) =>
          `“${row.term}” in ${row.outletName}: ${formatCount(row.count)} (${formatDecimal(row.rate)} per 1,000 words)`,
      }),
      plot.text(rows, {
        x: 'outletId',
        y: 'term',
        text: (row: (typeof rows)[number]) => (row.count === 0 ? '' : format(row)),
        fill: (row: (typeof rows)[number]) => ((value(row) ?? 0) > max * 0.6 ? 'white' : '#0f172a'),
        fontSize: FONT_SIZE,
      }),
    ],
  });
  return [legend, chart];
}
