import type { Plot } from '../../../ui/chart-plot';
import { FONT_SIZE, type LabelSwatch } from './chart-colors';

const ITEM_WIDTH = 150;
const ROW_HEIGHT = 20;

/**
 * A swatch legend drawn by Plot as an SVG of its own (Plot's swatch legends are HTML), so
 * that exported charts carry it too. Items flow in rows of equal-width columns.
 */
export function labelLegend(plot: Plot, width: number, swatches: readonly LabelSwatch[]): Element {
  const perRow = Math.max(1, Math.floor(width / ITEM_WIDTH));
  const rows = Math.ceil(swatches.length / perRow);
  const items = swatches.map((swatch, i) => ({
    ...swatch,
    column: i % perRow,
    row: Math.floor(i / perRow),
  }));
  return plot.plot({
    width,
    height: rows * ROW_HEIGHT + 8,
    margin: 0,
    marginLeft: 8,
    marginTop: 4,
    marginBottom: 4,
    x: { axis: null, domain: [0, perRow], range: [8, width] },
    y: { axis: null, domain: [0, Math.max(rows, 1)], range: [4, rows * ROW_HEIGHT + 4] },
    marks: [
      plot.dot(items, {
        x: 'column',
        y: (item: { row: number }) => item.row + 0.5,
        fill: 'color',
        stroke: '#0f172a',
        strokeOpacity: 0.35,
        symbol: 'square',
        r: 5,
      }),
      plot.text(items, {
        x: 'column',
        y: (item: { row: number }) => item.row + 0.5,
        text: 'labelName',
        textAnchor: 'start',
        dx: 10,
        fontSize: FONT_SIZE,
        lineWidth: (ITEM_WIDTH - 20) / FONT_SIZE,
      }),
    ],
  });
}
