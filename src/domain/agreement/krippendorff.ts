import type { AlphaResult } from './agreement-types';

/*
 * Krippendorff's α from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"), kept as running sums so that units can be added one at a time:
 *   n      = pairable values (in units with m_u ≥ 2 values),
 *   n·D_o  = Σ_u Σ_{i≠j} δ²(v_i, v_j) / (m_u − 1)   (the off-diagonal coincidences, weighted),
 *   n(n−1)·D_e = Σ_c Σ_k n_c n_k δ²(c, k),
 *   α = 1 − D_o / D_e.
 * Nominal: δ² = 0 for equal values, else 1. Interval: δ² = (c − k)².
 */

/** Why α cannot be computed, in plain words. */
export interface AlphaReasons {
  /** No unit has two values. */
  noUnits: string;
  /** Every value is the same (D_e = 0); gets that value. */
  sameValue: (value: number) => string;
}

interface Sums {
  units: number;
  pairable: number;
  /** n·D_o. */
  disagreement: number;
}

/** Nominal values are small non-negative integers (interned ids). */
export interface NominalTally extends Sums {
  /** n_c, indexed by value. */
  counts: number[];
}

export interface IntervalTally extends Sums {
  /** n_c by value. */
  counts: Map<number, number>;
}

export function nominalTally(): NominalTally {
  return { units: 0, pairable: 0, disagreement: 0, counts: [] };
}

export function intervalTally(): IntervalTally {
  return { units: 0, pairable: 0, disagreement: 0, counts: new Map() };
}

/** Per-unit counts, reused: indexed by value, reset after each unit. */
const unitCounts: number[] = [];
let touched = new Int32Array(64);

/** One unit: its first `m` values. Units with fewer than two values are dropped. */
export function addNominalUnit(tally: NominalTally, values: ArrayLike<number>, m: number): void {
  if (m < 2) return;
  if (touched.length < m) touched = new Int32Array(m);
  let distinct = 0;
  for (let i = 0; i < m; i++) {
    const value = values[i]!;
    const seen = unitCounts[value] ?? 0;
    if (seen === 0) touched[distinct++] = value;
    unitCounts[value] = seen + 1;
  }
  // Ordered pairs of different values in the unit: m² − Σ n_uc².
  let sameSquares = 0;
  for (let d = 0; d < distinct; d++) {
    const value = touched[d]!;
    const count = unitCounts[value]!;
    sameSquares += count * count;
    tally.counts[value] = (tally.counts[value] ?? 0) + count;
    unitCounts[value] = 0;
  }
  tally.disagreement += (m * m - sameSquares) / (m - 1);
  tally.units += 1;
  tally.pairable += m;
}

/** `units` units whose `m` values are all `value` (they add no disagreement). */
export function addUniformUnits(
  tally: NominalTally,
  value: number,
  m: number,
  units: number,
): void {
  if (m < 2 || units === 0) return;
  tally.counts[value] = (tally.counts[value] ?? 0) + m * units;
  tally.units += units;
  tally.pairable += m * units;
}

/** A unit of two values (a matched pair): 2 ordered pairs, differing or not. */
export function addNominalPair(tally: NominalTally, x: number, y: number): void {
  if (x !== y) tally.disagreement += 2;
  tally.counts[x] = (tally.counts[x] ?? 0) + 1;
  tally.counts[y] = (tally.counts[y] ?? 0) + 1;
  tally.units += 1;
  tally.pairable += 2;
}

export function addIntervalPair(tally: IntervalTally, x: number, y: number): void {
  tally.disagreement += 2 * (x - y) * (x - y);
  tally.counts.set(x, (tally.counts.get(x) ?? 0) + 1);
  tally.counts.set(y, (tally.counts.get(y) ?? 0) + 1);
  tally.units += 1;
  tally.pairable += 2;
}

export function mergeNominal(into: NominalTally, from: NominalTally): void {
  into.units += from.units;
  into.pairable += from.pairable;
  into.disagreement += from.disagreement;
  from.counts.forEach((count, value) => {
    into.counts[value] = (into.counts[value] ?? 0) + count;
  });
}

export function addIntervalUnit(tally: IntervalTally, values: readonly number[]): void {
  const m = values.length;
  if (m < 2) return;
  let sum = 0;
  let squares = 0;
  for (const value of values) {
    sum += value;
    squares += value * value;
    tally.counts.set(value, (tally.counts.get(value) ?? 0) + 1);
  }
  // Σ_{i≠j} (v_i − v_j)² = 2(m Σv² − (Σv)²).
  tally.disagreement += (2 * (m * squares - sum * sum)) / (m - 1);
  tally.units += 1;
  tally.pairable += m;
}

export function nominalAlpha(tally: NominalTally, reasons: AlphaReasons): AlphaResult {
  const n = tally.pairable;
  let sameSquares = 0;
  let only = -1;
  tally.counts.forEach((count, value) => {
    sameSquares += count * count;
    if (count > 0) only = value;
  });
  return alphaResult(tally, n * n - sameSquares, () => reasons.sameValue(only), reasons);
}

export function intervalAlpha(tally: IntervalTally, reasons: AlphaReasons): AlphaResult {
  const n = tally.pairable;
  let sum = 0;
  let squares = 0;
  for (const [value, count] of tally.counts) {
    sum += count * value;
    squares += count * value * value;
  }
  const only = tally.counts.keys().next().value ?? 0;
  return alphaResult(tally, 2 * (n * squares - sum * sum), () => reasons.sameValue(only), reasons);
}

/** `expected` = n(n−1)·D_e. */
function alphaResult(
  sums: Sums,
  expected: number,
  sameReason: () => string,
  reasons: AlphaReasons,
): AlphaResult {
  const { units, pairable: n, disagreement } = sums;
  const undefinedAlpha = (reason: string, observed: number | null, expectedD: number | null) => ({
    value: null,
    reason,
    n,
    units,
    observedDisagreement: observed,
    expectedDisagreement: expectedD,
  });
  if (units === 0) return undefinedAlpha(reasons.noUnits, null, null);
  const observedDisagreement = disagreement / n;
  const expectedDisagreement = expected / (n * (n - 1));
  if (expected <= 0) return undefinedAlpha(sameReason(), observedDisagreement, 0);
  return {
    value: 1 - observedDisagreement / expectedDisagreement,
    reason: null,
    n,
    units,
    observedDisagreement,
    expectedDisagreement,
  };
}

/**
 * α over units given as each observer's value or null (missing): nominal values must be
 * non-negative integers (interned ids).
 */
export function alphaOfUnits(
  units: readonly (readonly (number | null)[])[],
  level: 'nominal' | 'interval',
  reasons: AlphaReasons,
): AlphaResult {
  const present = units.map((unit) => unit.filter((value): value is number => value !== null));
  if (level === 'interval') {
    const tally = intervalTally();
    for (const values of present) addIntervalUnit(tally, values);
    return intervalAlpha(tally, reasons);
  }
  const tally = nominalTally();
  for (const values of present) addNominalUnit(tally, values, values.length);
  return nominalAlpha(tally, reasons);
}
