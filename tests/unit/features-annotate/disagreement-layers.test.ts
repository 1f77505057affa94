import { describe, expect, test } from 'vitest';
import {
  coverageLevel,
  mapLayers,
  MAP_LAYER_NAMES,
} from '../../../src/features/annotate/disagreement/map-layers';
import { map, text } from './disagreement-fixture';

/** The words in each non-empty layer, so that a failure reads as text. */
function wordsByLayer(layers: ReturnType<typeof mapLayers>): Record<string, string[]> {
  const words: Record<string, string[]> = {};
  for (const [name, spans] of Object.entries(layers)) {
    if (spans.length > 0) words[name] = spans.map((span) => text.slice(span.start, span.end));
  }
  return words;
}

describe('coverage level', () => {
  test('quarters of the annotators on the map: up to 25%, 50%, 75%, more', () => {
    // 4 annotators: 1/4 = 25% → 1, 2/4 = 50% → 2, 3/4 = 75% → 3, 4/4 → 4.
    expect([1, 2, 3, 4].map((covering) => coverageLevel(covering, 4))).toEqual([1, 2, 3, 4]);
    // 3 annotators: 1/3 ≈ 33% → 2, 2/3 ≈ 67% → 3, 3/3 → 4.
    expect([1, 2, 3].map((covering) => coverageLevel(covering, 3))).toEqual([2, 3, 4]);
    // 30 annotators: 7/30 ≈ 23% → 1, 8/30 ≈ 27% → 2, 23/30 ≈ 77% → 4.
    expect([7, 8, 23].map((covering) => coverageLevel(covering, 30))).toEqual([1, 2, 4]);
  });
});

describe('map layers', () => {
  test('each run is in the layer of its kind and shade (3 annotators)', () => {
    // militants 3/3 agreed → 4; stormed 1/3 contested → 2; border 2/3 contested → 3;
    // town 2/3 agreed → 3.
    expect(wordsByLayer(mapLayers(map, false, text))).toEqual({
      'fl-map-agreed-4': ['militants'],
      'fl-map-contested-2': ['stormed'],
      'fl-map-contested-3': ['border'],
      'fl-map-agreed-3': ['town'],
    });
  });

  test('"contested only" leaves the agreed runs out', () => {
    expect(wordsByLayer(mapLayers(map, true, text))).toEqual({
      'fl-map-contested-2': ['stormed'],
      'fl-map-contested-3': ['border'],
    });
  });

  test('runs of one layer with no word between them are one range, keyed by both runs', () => {
    // "border" made agreed (Ana and Ben, Loaded language): "border" and "town" are then both
    // 2/3 agreed (level 3), with only a space between them → one range "border town".
    // "militants" (level 4) and "stormed" (contested) stay apart.
    const agreedBorder = structuredClone(map);
    agreedBorder.runs[2] = {
      start: 26,
      end: 32,
      marks: [
        { annotatorId: 'ana', labelIds: ['loaded-language'] },
        { annotatorId: 'ben', labelIds: ['action-framing'] },
      ],
      contested: false,
    };
    const layers = mapLayers(agreedBorder, false, text);
    expect(wordsByLayer(layers)).toEqual({
      'fl-map-agreed-4': ['militants'],
      'fl-map-contested-2': ['stormed'],
      'fl-map-agreed-3': ['border town'],
    });
    expect(layers['fl-map-agreed-3']?.[0]?.key).toBe(
      '26-32-ana:loaded-language|ben:action-framing,33-37-ana:loaded-language|ben:loaded-language',
    );
    // A word between two runs of one layer keeps them apart: "stormed" and "border" are both
    // contested, but at levels 2 and 3; made the same level, "the" still separates them.
    const sameLevel = structuredClone(map);
    sameLevel.runs[2]?.marks.pop();
    expect(wordsByLayer(mapLayers(sameLevel, false, text))['fl-map-contested-2']).toEqual([
      'stormed',
      'border',
    ]);
  });

  test('every layer is there, empty when the map is off, so painting clears the old map', () => {
    const off = mapLayers(null, false, text);
    expect(Object.keys(off).sort()).toEqual([...MAP_LAYER_NAMES].sort());
    expect(MAP_LAYER_NAMES).toHaveLength(8);
    expect(Object.values(off).every((spans) => spans.length === 0)).toBe(true);
  });

  test('a run keeps its key while it is unchanged and gets a new one when its marks change', () => {
    const before = mapLayers(map, false, text)['fl-map-agreed-3']?.[0]?.key;
    const same = mapLayers(structuredClone(map), false, text)['fl-map-agreed-3']?.[0]?.key;
    const changed = structuredClone(map);
    changed.runs[3]?.marks.push({ annotatorId: 'cy', labelIds: ['loaded-language'] });
    const after = mapLayers(changed, false, text)['fl-map-agreed-4']?.find(
      (span) => span.start === 33,
    )?.key;
    expect(same).toBe(before);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const keys = Object.values(mapLayers(map, false, text)).flatMap((spans) =>
      spans.map((s) => s.key),
    );
    expect(new Set(keys).size).toBe(4);
  });
});
