import type { OutletComparison } from '../../../domain/summary';
import type { Plot } from '../../../ui/chart-plot';
import { formatDecimal } from '../format';
import { BAR_OUTLINE, FONT_SIZE, type LabelSwatch } from './chart-colors';

/**
 * Back-to-back bars: outlet A's rate per label to the left, outlet B's to the right, each
 * label in its colour, so the two outlets' profiles read side by side.
 */
export function compareChart(
  plot: Plot,
  width: number,
  comparison: OutletComparison,
  swatches: readonly LabelSwatch[],
): Element {
  const { a, b } = comparison;
  const rows = comparison.labels.flatMap((label) => [
    {
      side: -1,
      outlet: a.outletName,
      ...label.a,
    },
    {
      side: 1,
      outlet: b.outletName,
      ...label.b,
    },
  ]);
  type Row = (typeof rows)[number];
  const extent = Math.max(1, ...rows.map((row) => row.ratePer1000 ?? 0));
  const signed = (row: Row) => row.side * (row.ratePer1000 ?? 0);
  const labelNames = new Map(comparison.labels.map((label) => [label.labelId, label.labelName]));
  return plot.plot({
    width,
    height: comparison.labels.length * 30 + 70,
    marginLeft: 150,
    marginRight: 40,
    marginTop: 30,
    style: { fontSize: `${FONT_SIZE}px` },
    ariaLabel: `Annotations per 1,000 words by label: ${a.outletName} against ${b.outletName}`,
    x: {
      domain: [-extent * 1.15, extent * 1.15],
      nice: true,
      grid: true,
      label: `← ${a.outletName} · per 1,000 words · ${b.outletName} →`,
      labelAnchor: 'center',
      tickFormat: (value: number) => String(Math.abs(value)),
    },
    y: {
      domain: comparison.labels.map((label) => label.labelId),
      tickFormat: (id: string) => labelNames.get(id) ?? id,
      label: null,
      padding: 0.2,
    },
    color: {
      type: 'ordinal',
      domain: swatches.map((swatch) => swatch.labelId),
      range: swatches.map((swatch) => swatch.color),
    },
    marks: [
      plot.barX(rows, {
        x: signed,
        y: 'labelId',
        fill: 'labelId',
        ...BAR_OUTLINE,
        title: (row: Row) =>
          `${row.outlet} · ${row.labelName}: ${formatDecimal(row.ratePer1000)} per 1,000 words (${row.count})`,
      }),
      ...([-1, 1] as const).map((side) =>
        plot.text(
          rows.filter((row) => row.side === side),
          {
            x: signed,
            y: 'labelId',
            text: (row: Row) => formatDecimal(row.ratePer1000),
            textAnchor: side < 0 ? 'end' : 'start',
            dx: side * 4,
            fontSize: FONT_SIZE,
            fill: '#0f172a',
          },
        ),
      ),
      plot.text([a.outletName], {
        frameAnchor: 'top-left',
        dy: -20,
        fontWeight: 600,
        fontSize: 12,
      }),
      plot.text([b.outletName], {
        frameAnchor: 'top-right',
        dy: -20,
        fontWeight: 600,
        fontSize: 12,
      }),
      plot.ruleX([0], { stroke: '#0f172a' }),
    ],
  });
}
