const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Display order for names and terms: case- and accent-insensitive, then by code units so that
 * the order is total and stable across runs.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Each string's position in `compareText` order. Sorting many lists of the same terms by an
 * integer rank avoids a collator call per comparison (the collator dominates otherwise).
 */
export function rankStrings(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort(compareText);
  return new Map(sorted.map((value, rank) => [value, rank]));
}
