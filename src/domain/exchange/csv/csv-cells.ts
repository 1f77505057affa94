/**
 * Formula injection: a text cell that begins with = + - @ TAB or CR is written with a leading
 * apostrophe, which spreadsheets treat as "this is text". So that the escaping can be undone
 * exactly, a cell that begins with an apostrophe followed by one of those characters or by
 * another apostrophe is escaped too; reading removes one leading apostrophe exactly when it is
 * followed by one of = + - @ TAB CR '.
 */

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function escapeCell(value: string): string {
  const first = value.charAt(0);
  if (FORMULA_START.has(first)) return `'${value}`;
  if (first === "'") {
    const second = value.charAt(1);
    if (FORMULA_START.has(second) || second === "'") return `'${value}`;
  }
  return value;
}

export function unescapeCell(value: string): string {
  if (value.charAt(0) !== "'") return value;
  const second = value.charAt(1);
  return FORMULA_START.has(second) || second === "'" ? value.slice(1) : value;
}

/** A numeric cell ("-2", "'-2" from a spreadsheet that kept the apostrophe); null when not one. */
export function integerCell(raw: string): number | null {
  const value = raw.startsWith("'") ? raw.slice(1) : raw;
  return /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}
