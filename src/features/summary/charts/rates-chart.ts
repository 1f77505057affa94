import type { OutletStats } from '../../../domain/summary';
import type { Plot } from '../../../ui/chart-plot';
import { formatDecimal, formatShort } from '../format';
import { BAR_OUTLINE, FONT_SIZE, type LabelSwatch } from './chart-colors';
import { labelLegend } from './label-legend';

/** Grouped bars: per outlet, one bar per label (in the label's colour), rate per 1,000 words. */
export function ratesChart(
  plot: Plot,
  width: number,
  outlets: readonly OutletStats[],
  swatches: readonly LabelSwatch[],
): Element[] {
  const rows = outlets.flatMap((outlet) =>
    outlet.labels.map((label) => ({
      outletId: outlet.outletId,
      outletName: outlet.outletName,
      labelId: label.labelId,
      labelName: label.labelName,
      count: label.count,
      rate: label.ratePer1000,
    })),
  );
  const outletNames = new Map(outlets.map((outlet) => [outlet.outletId, outlet.outletName]));
  const chartWidth = Math.max(width, outlets.length * (swatches.length * 14 + 24) + 60);
  // Value labels only where a bar is wide enough to carry one.
  const barWidth = (chartWidth - 60) / Math.max(1, outlets.length) / Math.max(1, swatches.length);
  const labelled = barWidth >= 24 ? rows.filter((row) => row.count > 0) : [];
  const chart = plot.plot({
    width: chartWidth,
    height: 300,
    marginLeft: 48,
    marginBottom: 36,
    style: { fontSize: `${FONT_SIZE}px` },
    ariaLabel: 'Annotations per 1,000 words, by outlet and label',
    fx: {
      domain: outlets.map((outlet) => outlet.outletId),
      tickFormat: (id: string) => outletNames.get(id) ?? id,
      label: null,
      axis: 'bottom',
      padding: 0.12,
    },
    x: { domain: swatches.map((swatch) => swatch.labelId), axis: null, padding: 0.08 },
    y: { label: '↑ Annotations per 1,000 words', grid: true, nice: true, zero: true },
    color: {
      type: 'ordinal',
      domain: swatches.map((swatch) => swatch.labelId),
      range: swatches.map((swatch) => swatch.color),
    },
    marks: [
      plot.barY(rows, {
        fx: 'outletId',
        x: 'labelId',
        y: 'rate',
        fill: 'labelId',
        ...BAR_OUTLINE,
        title: (row: (typeof rows)[number]) =>
          `${row.outletName} · ${row.labelName}: ${formatDecimal(row.rate)} per 1,000 words (${row.count})`,
      }),
      plot.text(labelled, {
        fx: 'outletId',
        x: 'labelId',
        y: 'rate',
        text: (row: (typeof rows)[number]) => formatShort(row.rate),
        dy: -7,
        fontSize: 9,
        fill: '#334155',
      }),
      plot.ruleY([0]),
    ],
  });
  return [labelLegend(plot, width, swatches), chart];
}
