import { weightedLogOdds } from '../summary/distinctive-terms';
import type { TermCounter, TermKind, TermTally, TermUse } from './term-counter';

export interface Candidate {
  term: string;
  kind: TermKind;
  /** y_w^i: uses in this outlet. */
  count: number;
  /** y_w^j: uses in all other outlets pooled. */
  otherCount: number;
  /** δ̂ and z of the weighted log-odds (this outlet against all the others). */
  delta: number;
  z: number;
  /** The first uses in this outlet (see USES_KEPT). */
  uses: TermUse[];
}

export interface RankOptions {
  /** Fewest uses in the outlet for a term to rank (default 3): rarer terms are noise. */
  minCount?: number;
  /** Most candidates per outlet (default 15). */
  limit?: number;
}

type Totals = Record<TermKind, { byOutlet: number[]; corpus: number }>;

function totalsOf(counter: TermCounter, outletCount: number): Totals {
  const totals: Totals = {
    word: { byOutlet: new Array<number>(outletCount).fill(0), corpus: 0 },
    phrase: { byOutlet: new Array<number>(outletCount).fill(0), corpus: 0 },
  };
  for (const [, tally] of counter.terms()) {
    const total = totals[tally.kind];
    for (const [outlet, count] of tally.counts) {
      total.byOutlet[outlet] = (total.byOutlet[outlet] ?? 0) + count;
    }
    total.corpus += tally.total;
  }
  return totals;
}

/** Counted words (names, stop words and numbers left out) by outlet: n_i of the words. */
export function countedWords(counter: TermCounter, outletCount: number): number[] {
  return totalsOf(counter, outletCount).word.byOutlet;
}

function scoreTerm(term: string, tally: TermTally, outlet: number, totals: Totals) {
  const yi = tally.counts.get(outlet) ?? 0;
  const corpusCount = tally.total;
  const total = totals[tally.kind];
  const ni = total.byOutlet[outlet] ?? 0;
  // The prior is the chosen corpus's own counts with α0 = N (so α_w = the term's corpus
  // count), as in the framing summary's distinctive terms.
  const odds = weightedLogOdds(
    yi,
    ni,
    corpusCount - yi,
    total.corpus - ni,
    corpusCount,
    total.corpus,
  );
  if (!odds) return null;
  const candidate: Candidate = {
    term,
    kind: tally.kind,
    count: yi,
    otherCount: corpusCount - yi,
    delta: odds.delta,
    z: odds.z,
    uses: tally.uses.get(outlet) ?? [],
  };
  return candidate;
}

/**
 * Each outlet's most distinctive words and phrases against all the other outlets pooled, by the
 * weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
 * words and phrases each against their own totals. Only terms used at least `minCount` times
 * in the outlet and with z > 0 are candidates, by z descending, then term. Empty lists when
 * fewer than two outlets have words to compare.
 */
export function rankCandidates(
  counter: TermCounter,
  outletCount: number,
  options: RankOptions = {},
): Candidate[][] {
  const minCount = options.minCount ?? 3;
  const limit = options.limit ?? 15;
  const totals = totalsOf(counter, outletCount);
  const outletsWithWords = totals.word.byOutlet.filter((count) => count > 0).length;
  const ranked = Array.from({ length: outletCount }, (): Candidate[] => []);
  if (outletsWithWords < 2) return ranked;
  for (const [term, tally] of counter.terms()) {
    for (const [outlet, count] of tally.counts) {
      if (count < minCount) continue;
      const candidate = scoreTerm(term, tally, outlet, totals);
      if (candidate && candidate.z > 0) ranked[outlet]?.push(candidate);
    }
  }
  return ranked.map((candidates) =>
    candidates
      .sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, limit),
  );
}
