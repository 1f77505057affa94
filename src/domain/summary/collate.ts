const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Display order for names and terms: case- and accent-insensitive, then by code units so that
 * the order is total and stable across runs.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

let lastRanked: { values: readonly string[]; ranks: Int32Array } | null = null;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `ranks[i]`: the position of `values[i]` in `compareText` order (ties keep input order). The
 * last answer is remembered: a summary recomputed after an edit ranks the very same terms in the
 * same order again, and the collator is the costly part.
 */
export function textRanks(values: readonly string[]): Int32Array {
  if (lastRanked && sameStrings(lastRanked.values, values)) return lastRanked.ranks.slice();
  const ranks = new Int32Array(values.length);
  values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => compareText(a.value, b.value))
    .forEach(({ index }, rank) => {
      ranks[index] = rank;
    });
  lastRanked = { values: [...values], ranks: ranks.slice() };
  return ranks;
}
