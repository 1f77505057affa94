import type { MapRun } from '../../../domain/agreement/disagreement-types';

/** Index of the first run ending after `offset` (runs are in text order and do not overlap). */
function firstEndingAfter(runs: readonly MapRun[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.end ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The runs sharing at least one character with [start, end), by binary search. */
export function runsOverlapping(runs: readonly MapRun[], start: number, end: number): MapRun[] {
  const found: MapRun[] = [];
  for (let index = firstEndingAfter(runs, start); index < runs.length; index += 1) {
    const run = runs[index];
    if (!run || run.start >= end) break;
    found.push(run);
  }
  return found;
}

/**
 * The runs under a pointer or caret offset: the character after it, else the one before (a
 * caret at a word's end still points at that word).
 */
export function runsAtOffset(runs: readonly MapRun[], offset: number): MapRun[] {
  const after = runsOverlapping(runs, offset, offset + 1);
  return after.length > 0 ? after : runsOverlapping(runs, offset - 1, offset);
}
