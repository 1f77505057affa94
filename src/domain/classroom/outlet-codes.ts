/**
 * Outlet-blind codes: "Outlet A", "Outlet B"… assigned to an assignment's outlets by a shuffle
 * seeded with the assignment id, so the same assignment always gives the same codes (editing
 * it and downloading again changes nothing for the students) and the order of the letters
 * says nothing about the outlets.
 */

/** FNV-1a over the UTF-16 code units: a 32-bit seed from the assignment id. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: a small, well-mixed generator; enough for a shuffle of a few outlets. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** "A"…"Z", then "AA", "AB"… */
export function codeLetters(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(65 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return letters;
}

/**
 * The code of each outlet (by outlet id). The outlets are sorted first, so the result depends
 * only on the assignment id and the set of outlets, not on the order they were picked in.
 */
export function assignOutletCodes(
  assignmentId: string,
  outletIds: readonly string[],
): Record<string, string> {
  const outlets = [...new Set(outletIds)].sort();
  const random = generator(seedOf(assignmentId));
  for (let index = outlets.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [outlets[index], outlets[other]] = [outlets[other]!, outlets[index]!];
  }
  return Object.fromEntries(
    outlets.map((outletId, index) => [outletId, `Outlet ${codeLetters(index)}`]),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The title with every occurrence of the outlet's name (case-insensitive, as a whole word)
 * replaced by its code: "RT: Syrian army…" → "Outlet C: Syrian army…".
 */
export function redactOutletName(title: string, outletName: string, code: string): string {
  const name = outletName.trim();
  if (name === '') return title;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
  return title.replace(pattern, code);
}
