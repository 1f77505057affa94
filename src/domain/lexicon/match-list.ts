/**
 * Matches of one scan as parallel arrays (for corpus-wide work that should not allocate an
 * object per match): match k is [starts[k], ends[k]) and entries[entryIndexes[k]].
 */
export interface MatchList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  entryIndexes: Int32Array;
}

export function createMatchList(capacity: number): MatchList {
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    entryIndexes: new Int32Array(capacity),
  };
}

function growList(list: MatchList, atLeast: number): void {
  const capacity = Math.max(64, list.starts.length * 2, atLeast);
  const grow = (old: Int32Array): Int32Array => {
    const grown = new Int32Array(capacity);
    grown.set(old.subarray(0, list.count));
    return grown;
  };
  list.starts = grow(list.starts);
  list.ends = grow(list.ends);
  list.entryIndexes = grow(list.entryIndexes);
}

/**
 * Occurrences arrive ordered by end and, for one end, longest first; `offer` keeps the picks
 * sorted, non-overlapping and equal to scanning by start and taking the longest occurrence at
 * each start that does not overlap the previous pick.
 */
export function offer(list: MatchList, start: number, end: number, entryIndex: number): void {
  let keep = list.count;
  while (keep > 0 && (list.ends[keep - 1] ?? 0) > start) keep--;
  // An overlapping pick that starts earlier wins; otherwise the new occurrence (it ends later,
  // so at an equal start it is longer) replaces every pick it overlaps.
  if (keep < list.count && (list.starts[keep] ?? 0) < start) return;
  if (keep === list.starts.length) growList(list, keep + 1);
  list.starts[keep] = start;
  list.ends[keep] = end;
  list.entryIndexes[keep] = entryIndex;
  list.count = keep + 1;
}
