import { describe, expect, test } from 'vitest';
import { disagreementMap } from '../../../src/domain/agreement/disagreement-map';
import {
  coveringCount,
  packedBuffers,
  packMap,
  unpackRuns,
} from '../../../src/domain/agreement/packed-map';
import { agreementInput, span } from './map-fixture';

//           0         1         2         3         4
//           01234567890123456789012345678901234567890123
const text = 'Rebels attacked the northern town at dawn.';
const annotators = [
  { id: 'a', name: 'Ana' },
  { id: 'b', name: 'Ben' },
  { id: 'c', name: 'Cy' },
];
const input = agreementInput(text, annotators, [
  span(text, 'a', 'Rebels', 'loaded'),
  span(text, 'b', 'Rebels attacked', 'loaded'),
  span(text, 'b', 'attacked', 'euph'),
  span(text, 'c', 'town', 'loaded'),
]);
const map = disagreementMap(input, 'art', null);

describe('the packed disagreement map', () => {
  test('holds every run of the map, unpacked as it was', () => {
    const packed = packMap(map);
    // Runs: Rebels (Ana, Ben: loaded), attacked (Ben: euph + loaded), town (Cy: loaded).
    expect(packed.runs.count).toBe(3);
    expect([...packed.runs.starts]).toEqual([0, 7, 29]);
    expect([...packed.runs.ends]).toEqual([6, 15, 33]);
    // Two marks on Rebels, one on attacked, one on town.
    expect([0, 1, 2].map((index) => coveringCount(packed, index))).toEqual([2, 1, 1]);
    // Two distinct label sets: [loaded] and [euph, loaded].
    expect(packed.runs.labelSets).toEqual([['loaded'], ['euph', 'loaded']]);
    expect(unpackRuns(packed, 0, packed.runs.count)).toEqual(map.runs);
    expect(unpackRuns(packed, 1, 2)).toEqual([map.runs[1]]);
    expect(packed.contested).toEqual(map.contested);
    expect(packed.annotators).toEqual(map.annotators);
  });

  test('survives a structured clone that transfers its buffers', () => {
    const packed = packMap(map);
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(unpackRuns(moved, 0, moved.runs.count)).toEqual(map.runs);
    // Moved, not copied: the sender's arrays are emptied.
    expect(packed.runs.starts.length).toBe(0);
  });

  test('an empty map packs to no runs', () => {
    const packed = packMap({ ...map, runs: [], contested: [] });
    expect(packed.runs.count).toBe(0);
    expect([...packed.runs.markFrom]).toEqual([0]);
    expect(unpackRuns(packed, 0, 5)).toEqual([]);
  });
});
