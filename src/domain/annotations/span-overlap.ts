interface Span {
  start: number;
  end: number;
}

/**
 * Answers "does [start, end) overlap any of these spans?" in O(log n): spans sorted by start,
 * with the running maximum of their ends. A span overlaps the query when it starts before the
 * query ends and ends after the query starts.
 */
export function overlapChecker(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = Int32Array.from(sorted, (span) => span.start);
  const maxEnds = new Int32Array(sorted.length);
  let running = -1;
  sorted.forEach((span, i) => {
    running = Math.max(running, span.end);
    maxEnds[i] = running;
  });
  return (start, end) => {
    // Count of spans that start before `end`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && maxEnds[low - 1]! > start;
  };
}
