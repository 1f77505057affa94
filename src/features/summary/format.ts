/*
 * Numbers on the summary page are formatted the same way everywhere, in English, so that what
 * is shown can be checked against a hand computation: two decimals for rates, means and
 * z-scores; a true minus sign; "—" where there is nothing to divide by.
 */

const MINUS = '\u2212';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 2242 → "2,242". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** Rounded to two decimals first, so that -0.001 shows as "0.00", not "−0.00". */
function roundTo2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** 4.8076… → "4.81"; null (no words to divide by) → "—". */
export function formatDecimal(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = roundTo2(value);
  const text = twoDecimals.format(Math.abs(rounded));
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** Signed, for valence and z-scores: "+1.06", "−1.67", "0.00". */
export function formatSigned(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = roundTo2(value);
  const text = formatDecimal(rounded);
  return rounded > 0 ? `+${text}` : text;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export const VOICE_NAMES = { own: 'Own', quoted: 'Quoted', attributed: 'Attributed' } as const;

/**
 * "militant 3 · quoted 1": uses in the outlet's own voice first, then the others that occur
 * ("quoted 1" alone when the outlet never used the term in its own voice).
 */
export function formatTermUsage(term: { own: number; quoted: number; attributed: number }): string {
  return [
    term.own > 0 ? formatCount(term.own) : null,
    term.quoted > 0 ? `quoted ${formatCount(term.quoted)}` : null,
    term.attributed > 0 ? `attributed ${formatCount(term.attributed)}` : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** An annotation's valence (a whole number): "−2", "0", "+1". */
export function formatValence(value: number): string {
  if (value > 0) return `+${formatCount(value)}`;
  if (value < 0) return `${MINUS}${formatCount(-value)}`;
  return '0';
}

/** For chart labels, where two decimals would not fit: 22.32 → "22.3". */
export function formatShort(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    value,
  );
}
