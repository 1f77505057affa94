import type { MapRun } from '../../../domain/agreement/disagreement-types';
import { unpackRuns, type PackedMap } from '../../../domain/agreement/packed-map';

/** Index of the first run ending after `offset` (runs are in text order and do not overlap). */
function firstEndingAfter({ runs }: PackedMap, offset: number): number {
  let low = 0;
  let high = runs.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs.ends[middle] ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The runs sharing at least one character with [start, end), by binary search. */
export function runsOverlapping(map: PackedMap, start: number, end: number): MapRun[] {
  const first = firstEndingAfter(map, start);
  let last = first;
  while (last < map.runs.count && (map.runs.starts[last] ?? 0) < end) last++;
  return unpackRuns(map, first, last);
}

/**
 * The runs under a pointer or caret offset: the character after it, else the one before (a
 * caret at a word's end still points at that word).
 */
export function runsAtOffset(map: PackedMap, offset: number): MapRun[] {
  const after = runsOverlapping(map, offset, offset + 1);
  return after.length > 0 ? after : runsOverlapping(map, offset - 1, offset);
}
