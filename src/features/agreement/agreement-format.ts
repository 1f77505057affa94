/*
 * Numbers on the Agreement page, formatted one way everywhere so that what is shown can be
 * checked against a hand computation: three decimals, a true minus sign, "—" for undefined.
 */

const MINUS = '\u2212';

const threeDecimals = new Intl.NumberFormat('en', {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** 0.74342 → "0.743"; −0.25 → "−0.250"; null → "—". Rounded first, so −0.0001 is "0.000". */
export function formatMeasure(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 1000) / 1000;
  const text = threeDecimals.format(Math.abs(rounded));
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** 2242 → "2,242". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 3 of 4 → "75%"; nothing to divide by → "—". */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${integer.format((part / whole) * 100)}%`;
}

/** "α = 0.743" or "α is undefined: Only one annotator coded these articles." */
export function alphaSentence(alpha: { value: number | null; reason: string | null }): string {
  if (alpha.value === null)
    return `α is undefined: ${alpha.reason ?? 'there is nothing to compare.'}`;
  return `α = ${formatMeasure(alpha.value)}`;
}

/** 1 → "1 value", 5 → "5 values". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * The κ band a cell is shaded by (Landis & Koch's words), so that the shade has a name as
 * well as a colour: below 0, up to 0.2, 0.4, 0.6, 0.8, and above.
 */
export type KappaBand =
  'below-chance' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect';

export function kappaBand(value: number): KappaBand {
  if (value < 0) return 'below-chance';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almost-perfect';
}
