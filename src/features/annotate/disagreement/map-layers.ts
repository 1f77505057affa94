import { coveringCount, type PackedMap } from '../../../domain/agreement/packed-map';
import type { PaintedSpan } from '../dom/highlight-painter';

export type MapLevel = 1 | 2 | 3 | 4;

const LEVELS: readonly MapLevel[] = [1, 2, 3, 4];

/** Every highlight the map paints: one per kind and level, so a style per shade. */
export const MAP_LAYER_NAMES: readonly string[] = LEVELS.flatMap((level) => [
  `fl-map-contested-${level}`,
  `fl-map-agreed-${level}`,
]);

/** The shade of a run: the share of the annotators on the map covering it, by quarters. */
export function coverageLevel(covering: number, annotators: number): MapLevel {
  if (annotators <= 0) return 1;
  const share = covering / annotators;
  if (share <= 0.25) return 1;
  if (share <= 0.5) return 2;
  if (share <= 0.75) return 3;
  return 4;
}

/**
 * A painted span's key is its extent: within one layer the same extent looks the same whoever
 * marked it, so when the data change only the spans that moved or changed layer are painted
 * again (and no key grows with the number of annotators).
 */
const spanKey = (start: number, end: number) => `${start}-${end}`;

/** Between two runs of one layer there is no word (only spaces and punctuation on one line). */
const NO_WORD_BETWEEN = /^[^\p{L}\p{N}\n]*$/u;

/**
 * The map as highlight layers: each run in `fl-map-contested-<level>` or `fl-map-agreed-<level>`.
 * Runs of one layer with no word between them are painted as one range: with many annotators
 * neighbouring runs often differ only in who marked them, and fewer ranges paint faster.
 * Every layer is present (empty when nothing is in it), so that painting the result also clears
 * what an earlier map painted; `null` (the map is off) gives every layer empty.
 */
export function mapLayers(
  map: PackedMap | null,
  contestedOnly: boolean,
  text: string,
): Record<string, PaintedSpan[]> {
  const layers: Record<string, PaintedSpan[]> = {};
  for (const name of MAP_LAYER_NAMES) layers[name] = [];
  if (!map) return layers;
  const annotators = map.annotators.length;
  const { runs } = map;
  for (let index = 0; index < runs.count; index++) {
    const contested = runs.contested[index] === 1;
    if (contestedOnly && !contested) continue;
    const start = runs.starts[index] ?? 0;
    const end = runs.ends[index] ?? 0;
    const level = coverageLevel(coveringCount(map, index), annotators);
    const spans = layers[`fl-map-${contested ? 'contested' : 'agreed'}-${level}`];
    const last = spans?.[spans.length - 1];
    if (last && NO_WORD_BETWEEN.test(text.slice(last.end, start))) {
      spans?.splice(-1, 1, { ...last, key: spanKey(last.start, end), end });
    } else {
      spans?.push({ key: spanKey(start, end), start, end, labelId: '' });
    }
  }
  return layers;
}
