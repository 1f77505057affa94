import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../../src/domain/discovery/rank-candidates';
import { TermCounter } from '../../../src/domain/discovery/term-counter';

// Outlet A (index 0) and outlet B (index 1), one short article each. After stop words:
//   A words:  rioters ×3, looted ×2, shops, cars, fled            → n_A = 8
//   B words:  protesters ×3, marched, sang, police, watched       → n_B = 7   (N = 15)
//   A phrases: "rioters looted" ×2, "looted shops", "looted cars", "rioters fled" → 5
//   B phrases: "protesters marched", "protesters sang", "police watched",
//              "watched protesters"                                          → 4   (N = 9)
const A = 'Rioters looted shops. Rioters looted cars. Rioters fled.';
const B = 'Protesters marched. Protesters sang. Police watched protesters.';

function counted(): TermCounter {
  const counter = new TermCounter();
  counter.addArticle(0, 0, A);
  counter.addArticle(1, 1, B);
  return counter;
}

describe('rankCandidates (weighted log-odds, prior = corpus counts, α0 = N)', () => {
  it('scores "rioters" for A against B by hand', () => {
    // y_i = 3, n_i = 8, y_j = 0, n_j = 7, α_w = c_w = 3, α0 = N = 15:
    //   δ̂ = ln((3+3)/(8+15−3−3)) − ln((0+3)/(7+15−0−3)) = ln(6/17) − ln(3/19)
    //     = ln(114/51) = ln 2.23529… = 0.80437
    //   σ² = 1/(3+3) + 1/(0+3) = 0.5;  z = 0.80437 / √0.5 = 1.13755
    const [a, b] = rankCandidates(counted(), 2);
    expect(a?.map((candidate) => candidate.term)).toEqual(['rioters']);
    expect(a?.[0]?.delta).toBeCloseTo(0.80437, 4);
    expect(a?.[0]?.z).toBeCloseTo(1.13755, 4);
    expect(a?.[0]).toMatchObject({ kind: 'word', count: 3, otherCount: 0 });
    // B's "protesters": y_i = 3, n_i = 7, y_j = 0, n_j = 8:
    //   δ̂ = ln(6/(7+15−6)) − ln(3/(8+15−3)) = ln(6/16) − ln(3/20) = ln 2.5 = 0.91629
    //   z = 0.91629 × √2 = 1.29584
    expect(b?.map((candidate) => candidate.term)).toEqual(['protesters']);
    expect(b?.[0]?.z).toBeCloseTo(1.29584, 4);
  });

  it('ranks phrases against the phrase totals, rarer terms once the minimum count allows', () => {
    // "rioters looted" in A: y_i = 2, n_i = 5, y_j = 0, n_j = 4, α_w = 2, α0 = 9:
    //   δ̂ = ln(4/(5+9−4)) − ln(2/(4+9−2)) = ln(4/10) − ln(2/11) = ln 2.2 = 0.78846
    //   σ² = 1/4 + 1/2 = 0.75;  z = 0.78846 / 0.86603 = 0.91043
    // "looted" in A: y_i = 2, n_i = 8, y_j = 0, n_j = 7, α_w = 2, α0 = 15:
    //   δ̂ = ln(4/19) − ln(2/20) = ln(40/19) = 0.74444;  z = 0.74444 / 0.86603 = 0.85959
    // Terms used once score ln 2 / √1.5 = 0.56596, below these three.
    const [a] = rankCandidates(counted(), 2, { minCount: 1 });
    expect(a?.slice(0, 3).map((candidate) => [candidate.term, candidate.kind])).toEqual([
      ['rioters', 'word'],
      ['rioters looted', 'phrase'],
      ['looted', 'word'],
    ]);
    expect(a?.[1]?.z).toBeCloseTo(0.91043, 4);
    expect(a?.[2]?.z).toBeCloseTo(0.85959, 4);
    expect(a?.[3]?.z).toBeCloseTo(0.56596, 4);
    expect(a).toHaveLength(3 + 6); // + cars, fled, shops, looted shops, looted cars, rioters fled
  });

  it('keeps the first three uses of a term in the outlet', () => {
    const [a] = rankCandidates(counted(), 2);
    expect(a?.[0]?.uses.map((use) => A.slice(use.start, use.end))).toEqual([
      'Rioters',
      'Rioters',
      'Rioters',
    ]);
    expect(a?.[0]?.uses.map((use) => use.start)).toEqual([0, 22, 43]);
  });

  it('has nothing to compare with a single outlet', () => {
    const counter = new TermCounter();
    counter.addArticle(0, 0, A);
    expect(rankCandidates(counter, 2)).toEqual([[], []]);
  });
});
