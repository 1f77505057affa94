import type { OutletRef, TargetRef, ValenceCell } from '../../../domain/summary';
import type { Plot } from '../../../ui/chart-plot';
import { formatSigned, formatValence } from '../format';
import { FONT_SIZE } from './chart-colors';

/** Diverging: −2 hostile (red) … +2 sympathetic (blue); the text shows mean and n. */
export function valenceChart(
  plot: Plot,
  width: number,
  cells: readonly ValenceCell[],
  targets: readonly TargetRef[],
  outlets: readonly OutletRef[],
): Element[] {
  const targetKey = (id: string | null) => id ?? '';
  const targetNames = new Map(
    targets.map((target) => [targetKey(target.targetId), target.targetName]),
  );
  const outletNames = new Map(outlets.map((outlet) => [outlet.outletId, outlet.outletName]));
  const rows = cells.map((cell) => ({ ...cell, target: targetKey(cell.targetId) }));
  const color = {
    type: 'linear' as const,
    scheme: 'rdbu' as const,
    domain: [-2, 2],
    label: 'Mean valence (−2 hostile … +2 sympathetic)',
  };
  const legend = plot.legend({
    color: { ...color, tickFormat: (value: number) => formatValence(value) },
    legend: 'ramp',
    ticks: 5,
    width: Math.min(width, 320),
    marginLeft: 12,
    marginRight: 12,
  });
  const marginLeft = Math.min(200, width / 3);
  const chart = plot.plot({
    width: Math.max(width, marginLeft + outlets.length * 76),
    height: Math.max(120, targets.length * 44 + 60),
    marginLeft,
    marginTop: 36,
    style: { fontSize: `${FONT_SIZE}px` },
    ariaLabel: 'Mean valence by target and outlet',
    x: {
      domain: outlets.map((outlet) => outlet.outletId),
      tickFormat: (id: string) => outletNames.get(id) ?? id,
      axis: 'top',
      label: null,
      padding: 0.04,
    },
    y: {
      domain: targets.map((target) => targetKey(target.targetId)),
      tickFormat: (id: string) => targetNames.get(id) ?? id,
      label: null,
      padding: 0.06,
    },
    color,
    marks: [
      plot.cell(rows, {
        x: 'outletId',
        y: 'target',
        fill: 'mean',
        inset: 1,
        title: (row: (typeof rows)[number]) =>
          `${row.targetName} in ${row.outletName}: mean ${formatSigned(row.mean)} (n = ${row.n})`,
      }),
      plot.text(rows, {
        x: 'outletId',
        y: 'target',
        text: (row: (typeof rows)[number]) => `${formatSigned(row.mean)}\nn = ${row.n}`,
        fill: (row: (typeof rows)[number]) =>
          row.mean !== null && Math.abs(row.mean) >= 1.2 ? 'white' : '#0f172a',
        fontSize: FONT_SIZE,
      }),
    ],
  });
  return [legend, chart];
}
