import type { DistinctiveTerm } from '../../../domain/summary';
import type { Plot } from '../../../ui/chart-plot';
import { formatSigned } from '../format';
import { FONT_SIZE } from './chart-colors';

const OVERUSED = '#0f766e';
const UNDERUSED = '#b45309';
/** |z| above this is significant at about the 5% level (two-sided). */
export const Z_95 = 1.96;

/** Horizontal bars of z-scores for one outlet: right = used more than the other outlets. */
export function distinctiveChart(
  plot: Plot,
  width: number,
  outletName: string,
  terms: readonly DistinctiveTerm[],
): Element {
  const extent = Math.max(Z_95 + 0.5, ...terms.map((term) => Math.abs(term.z)));
  return plot.plot({
    width,
    height: terms.length * 24 + 64,
    marginLeft: Math.min(200, width / 3),
    marginRight: 48,
    style: { fontSize: `${FONT_SIZE}px` },
    ariaLabel: `Distinctive terms of ${outletName}: weighted log-odds z-scores`,
    x: {
      domain: [-extent, extent],
      label: `← used less by ${outletName} · z-score · used more →`,
      labelAnchor: 'center',
      grid: true,
      tickFormat: (value: number) => formatSigned(value).replace('.00', ''),
    },
    y: { domain: terms.map((term) => term.term), label: null, padding: 0.15 },
    marks: [
      plot.ruleX([-Z_95, Z_95], { stroke: '#64748b', strokeDasharray: '4 3' }),
      plot.barX(terms, {
        x: 'z',
        y: 'term',
        fill: (term: DistinctiveTerm) => (term.z >= 0 ? OVERUSED : UNDERUSED),
        title: (term: DistinctiveTerm) =>
          `“${term.term}”: z = ${formatSigned(term.z)}; ${term.count} in ${outletName}, ${term.otherCount} elsewhere`,
      }),
      ...(['start', 'end'] as const).map((anchor) =>
        plot.text(
          terms.filter((term) => term.z >= 0 === (anchor === 'start')),
          {
            x: 'z',
            y: 'term',
            text: (term: DistinctiveTerm) => formatSigned(term.z),
            textAnchor: anchor,
            dx: anchor === 'start' ? 4 : -4,
            fontSize: FONT_SIZE,
            fill: '#0f172a',
          },
        ),
      ),
      plot.ruleX([0], { stroke: '#0f172a' }),
    ],
  });
}
