import type { SummaryData } from './prepare-summary';
import type { OutletRef } from './summary-types';

export interface LogOdds {
  /** δ̂: log-odds of the term in group i minus in group j, smoothed by the prior. */
  delta: number;
  /** σ²(δ̂), the approximate variance. */
  variance: number;
  /** δ̂ / σ. */
  z: number;
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior — Monroe, Colaresi & Quinn (2008),
 * "Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of
 * Political Conflict", Political Analysis 16(4), section 3.5:
 *
 *   δ̂_w^(i−j) = log((y_w^i + α_w) / (n^i + α_0 − y_w^i − α_w))
 *              − log((y_w^j + α_w) / (n^j + α_0 − y_w^j − α_w))
 *   σ²(δ̂_w^(i−j)) ≈ 1/(y_w^i + α_w) + 1/(y_w^j + α_w)
 *   z = δ̂ / √σ²
 *
 * y = the term's count in a group, n = the group's total count, α_w = the term's prior count,
 * α_0 = Σ α_w. Returns null when a log is undefined (α_w ≤ 0, or a denominator ≤ 0, which
 * happens only when the corpus holds a single term).
 */
export function weightedLogOdds(
  yi: number,
  ni: number,
  yj: number,
  nj: number,
  alphaW: number,
  alpha0: number,
): LogOdds | null {
  const restI = ni + alpha0 - yi - alphaW;
  const restJ = nj + alpha0 - yj - alphaW;
  if (!(alphaW > 0) || !(restI > 0) || !(restJ > 0)) return null;
  const delta = Math.log((yi + alphaW) / restI) - Math.log((yj + alphaW) / restJ);
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

export interface DistinctiveTerm extends LogOdds {
  term: string;
  /** y_w^i: uses in this outlet. */
  count: number;
  /** y_w^j: uses in all other outlets pooled. */
  otherCount: number;
  /** y_w^i + y_w^j. */
  corpusCount: number;
  /** α_w. */
  alpha: number;
}

export interface OutletDistinctiveTerms extends OutletRef {
  /** n^i: counted annotations (term tokens) of this outlet. */
  tokens: number;
  /** n^j: of all other outlets pooled. */
  otherTokens: number;
  /** Every corpus term (unused ones score negative), by z descending, then term. Empty when
   * the outlet has no counted annotations: there is nothing to compare. */
  terms: DistinctiveTerm[];
}

export interface DistinctiveTermsOptions {
  /**
   * α_0, the prior's total weight. α_w = a0 × (corpus count of w / corpus total). Default: the
   * corpus total, so α_w is the corpus count of w itself.
   */
  a0?: number;
}

/**
 * Distinctive terms of each outlet (i) against all other outlets pooled (j), over canonical
 * terms of the counted annotations.
 *
 * The prior is the whole (filtered) corpus's term counts, scaled to a total
 * of a0: α_w = a0 × c_w / N. The default a0 = N makes α_w = c_w, the background-corpus prior of
 * the paper taken literally with this corpus as the background (also the default of common
 * implementations, e.g. kornosk/log-odds-ratio, when no separate background is given). It is a
 * strong prior — as many pseudo-counts as observations — which suits this app's small corpora
 * (a class's few articles): a term one outlet used once cannot top the list on that single use,
 * and every term, even one an outlet never used, has α_w > 0 so δ̂ and σ² stay finite. A smaller
 * a0 (e.g. 10) lets the data speak more; a0 must be > 0. Logs are natural logs, as in the paper
 * (implementations that use log10 report δ̂ and z on another scale).
 */
export function distinctiveTerms(
  data: SummaryData,
  options: DistinctiveTermsOptions = {},
): OutletDistinctiveTerms[] {
  const corpusTotal = data.totals.annotations;
  const a0 = options.a0 ?? corpusTotal;
  if (corpusTotal > 0 && !(a0 > 0 && Number.isFinite(a0))) {
    throw new RangeError(`The prior's total a0 must be a positive number (got ${a0}).`);
  }
  const termCount = data.terms.length;
  const alphas = data.termTotals.map((count) => (a0 * count) / corpusTotal);
  const z = new Float64Array(termCount);
  const order: number[] = [];
  return data.outlets.map((outlet) => {
    const ni = outlet.annotations;
    const nj = corpusTotal - ni;
    const terms: DistinctiveTerm[] = [];
    if (ni > 0) {
      const scored: (LogOdds | null)[] = [];
      order.length = 0;
      for (let id = 0; id < termCount; id++) {
        const yi = outlet.termCounts[id] ?? 0;
        const odds = weightedLogOdds(
          yi,
          ni,
          (data.termTotals[id] ?? 0) - yi,
          nj,
          alphas[id] ?? 0,
          a0,
        );
        scored.push(odds);
        if (!odds) continue;
        z[id] = odds.z;
        order.push(id);
      }
      order.sort(
        (a, b) => (z[b] ?? 0) - (z[a] ?? 0) || (data.termRanks[a] ?? 0) - (data.termRanks[b] ?? 0),
      );
      for (const id of order) {
        const odds = scored[id];
        if (!odds) continue;
        const count = outlet.termCounts[id] ?? 0;
        const corpusCount = data.termTotals[id] ?? 0;
        terms.push({
          term: data.terms[id] ?? '',
          count,
          otherCount: corpusCount - count,
          corpusCount,
          alpha: alphas[id] ?? 0,
          delta: odds.delta,
          variance: odds.variance,
          z: odds.z,
        });
      }
    }
    return {
      outletId: outlet.outletId,
      outletName: outlet.outletName,
      tokens: ni,
      otherTokens: nj,
      terms,
    };
  });
}

export interface DistinctiveTermRow extends OutletRef, DistinctiveTerm {
  tokens: number;
  otherTokens: number;
}

/** One row per outlet × term, for tables and CSV. */
export function distinctiveTermRows(
  outlets: readonly OutletDistinctiveTerms[],
): DistinctiveTermRow[] {
  return outlets.flatMap(({ terms, ...outlet }) => terms.map((term) => ({ ...outlet, ...term })));
}
