import { describe, expect, test } from 'vitest';
import {
  coverageLevel,
  mapLayers,
  MAP_LAYER_NAMES,
} from '../../../src/features/annotate/disagreement/map-layers';
import { packMap } from '../../../src/domain/agreement/packed-map';
import type { DisagreementMap } from '../../../src/domain/agreement/disagreement-types';
import { map, text } from './disagreement-fixture';

/** The layers of a map as the worker hands it over (packed). */
const layersOf = (of: DisagreementMap | null, contestedOnly: boolean) =>
  mapLayers(of && packMap(of), contestedOnly, text);

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
    expect(wordsByLayer(layersOf(map, false))).toEqual({
      'fl-map-agreed-4': ['militants'],
      'fl-map-contested-2': ['stormed'],
      'fl-map-contested-3': ['border'],
      'fl-map-agreed-3': ['town'],
    });
  });

  test('"contested only" leaves the agreed runs out', () => {
    expect(wordsByLayer(layersOf(map, true))).toEqual({
      'fl-map-contested-2': ['stormed'],
      'fl-map-contested-3': ['border'],
    });
  });

  test('runs of one layer with no word between them are one range, keyed by its extent', () => {
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
    const layers = layersOf(agreedBorder, false);
    expect(wordsByLayer(layers)).toEqual({
      'fl-map-agreed-4': ['militants'],
      'fl-map-contested-2': ['stormed'],
      'fl-map-agreed-3': ['border town'],
    });
    // From "border"'s start (26) to "town"'s end (37).
    expect(layers['fl-map-agreed-3']?.[0]?.key).toBe('26-37');
    // A word between two runs of one layer keeps them apart: "stormed" and "border" are both
    // contested, but at levels 2 and 3; made the same level, "the" still separates them.
    const sameLevel = structuredClone(map);
    sameLevel.runs[2]?.marks.pop();
    expect(wordsByLayer(layersOf(sameLevel, false))['fl-map-contested-2']).toEqual([
      'stormed',
      'border',
    ]);
  });

  test('every layer is there, empty when the map is off, so painting clears the old map', () => {
    const off = layersOf(null, false);
    expect(Object.keys(off).sort()).toEqual([...MAP_LAYER_NAMES].sort());
    expect(MAP_LAYER_NAMES).toHaveLength(8);
    expect(Object.values(off).every((spans) => spans.length === 0)).toBe(true);
  });

  test('a span is keyed by its extent; a run whose share changes moves to its new layer', () => {
    // "town" [33, 37) is marked by Ana and Ben of three (level 3); Cy marking it too makes it
    // 3/3 (level 4): the same key, now in the other layer and gone from the first.
    const before = layersOf(map, false);
    expect(before['fl-map-agreed-3']?.map((span) => span.key)).toContain('33-37');
    const changed = structuredClone(map);
    changed.runs[3]?.marks.push({ annotatorId: 'cy', labelIds: ['loaded-language'] });
    const after = layersOf(changed, false);
    expect(after['fl-map-agreed-4']?.map((span) => span.key)).toContain('33-37');
    expect(after['fl-map-agreed-3']?.map((span) => span.key) ?? []).not.toContain('33-37');
    const keys = Object.values(layersOf(map, false)).flatMap((spans) => spans.map((s) => s.key));
    expect(new Set(keys).size).toBe(4);
  });
});
