import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../src/domain/agreement/compute-agreement';
import { input, mark } from './measures-fixture';

/*
 * Two articles, three annotators (Ann "a", Ben "b", Cy "c") and a gold set.
 *   P "Beta story":  "alpha beta gamma delta" → tokens t0 [0,5) t1 [6,10) t2 [11,16) t3 [17,22)
 *   Q "Alpha story": "eins zwei"              → tokens t0 [0,4)  t1 [5,9)
 * Ann:  P: Loaded "alpha" [0,5), Metaphor "gamma" [11,16);  Q: Loaded "eins" [0,4)
 * Ben:  P: Loaded [0,5), Metaphor [11,16);  Q: nothing, but marked done (coded)
 * Cy:   P: Loaded "alpha beta" [0,10), Loaded "gamma" [11,16);  Q: not coded (missing)
 * Values per token (L = {Loaded}, M = {Metaphor}, N = none, . = missing):
 *        P t0 t1 t2 t3   Q t0 t1
 *   Ann    L  N  M  N      L  N
 *   Ben    L  N  M  N      N  N
 *   Cy     L  L  L  N      .  .
 */
const P = { id: 'p', title: 'Beta story', outletId: 'o1', text: 'alpha beta gamma delta' };
const Q = { id: 'q', title: 'Alpha story', outletId: 'o2', text: 'eins zwei' };
const annotators = [
  { id: 'c', name: 'Cy' },
  { id: 'g', name: 'Gold — curated by Ann' },
  { id: 'a', name: 'Ann' },
  { id: 'b', name: 'Ben' },
];
const annotations = [
  mark('a', 'p', 0, 5, { target: 't1', valence: -2 }),
  mark('a', 'p', 11, 16, { labelId: 'm' }),
  mark('a', 'q', 0, 4),
  mark('b', 'p', 0, 5, { target: 't1', valence: -1 }),
  mark('b', 'p', 11, 16, { labelId: 'm', target: 't2', voice: 'quoted' }),
  mark('c', 'p', 0, 10, { target: 't1', voice: 'quoted', valence: 2 }),
  mark('c', 'p', 11, 16),
  mark('g', 'p', 0, 5),
];
const fixture = input({
  articles: [P, Q],
  annotators,
  annotations,
  doneMarks: [{ annotatorId: 'b', articleId: 'q' }],
});
const everyone = { annotatorIds: null, articleIds: null };

describe('computeAgreement: selection', () => {
  it('defaults to everyone who coded, gold sets left out, by name; articles by title', () => {
    const report = computeAgreement(fixture, everyone);
    expect(report.annotators.map((a) => a.name)).toEqual(['Ann', 'Ben', 'Cy']);
    expect(report.articles.map((a) => a.title)).toEqual(['Alpha story', 'Beta story']);
    // P coded by Ann, Ben, Cy; Q by Ann and Ben: 5 pairs. Tokens: 2 (Q) + 4 (P).
    expect(report.codedPairs).toBe(5);
    expect(report.tokens).toBe(6);
  });

  it('takes a gold set when it is chosen, and only the chosen articles', () => {
    const report = computeAgreement(fixture, { annotatorIds: ['g', 'a'], articleIds: ['p'] });
    expect(report.annotators.map((a) => a.id)).toEqual(['a', 'g']);
    expect(report.articles.map((a) => a.id)).toEqual(['p']);
    // Ann and gold on P: t0 L/L, t1 N/N, t2 M/N, t3 N/N → 3 of 4 agree.
    expect(report.pairs[0]!.kappa.observed).toBe(3 / 4);
  });

  it('says why α is undefined with fewer than two annotators', () => {
    const report = computeAgreement(fixture, { annotatorIds: ['a'], articleIds: null });
    expect(report.alpha.value).toBeNull();
    expect(report.alpha.reason).toBe('Agreement needs at least two annotators; fewer are chosen.');
    expect(report.pairs).toEqual([]);
  });
});

describe('computeAgreement: α over word tokens', () => {
  it('counts an article handed in but not marked done as missing; ignores deleted and rejected', () => {
    // Q "eins zwei": Ann marks "eins" [0,4); Ben marks "zwei" [5,9) but handed Q in unfinished.
    // Ann's deleted mark and rejected suggestion on "zwei" do not count.
    const handedIn = input({
      articles: [Q],
      annotators,
      annotations: [
        mark('a', 'q', 0, 4),
        mark('a', 'q', 5, 9, { deleted: 1 }),
        mark('a', 'q', 5, 9, { status: 'rejected-suggestion' }),
        mark('b', 'q', 5, 9),
      ],
      submitted: [{ annotatorId: 'b', articleId: 'q' }],
    });
    const chosen = { annotatorIds: ['a', 'b'], articleIds: null };
    const unfinished = computeAgreement(handedIn, chosen);
    expect(unfinished.codedPairs).toBe(1);
    expect(unfinished.alpha.reason).toBe('No two of the chosen annotators coded the same article.');
    // Marked done: t0 (L,N), t1 (N,L): n = 4, n_L = 2, n_N = 2, n·D_o = 2 + 2;
    // Σ n_c n_k (c ≠ k) = 16 − 4 − 4 = 8; α = 1 − 3·4/8 = −0.5.
    const done = computeAgreement(
      { ...handedIn, doneMarks: [{ annotatorId: 'b', articleId: 'q' }] },
      chosen,
    );
    expect(done.alpha.value).toBeCloseTo(-0.5, 12);
  });

  it('counts an annotator who did not code an article as missing, not "none"', () => {
    // Units: P t0 (L,L,L), t1 (N,N,L), t2 (M,M,L), t3 (N,N,N); Q t0 (L,N), t1 (N,N).
    // n = 12 + 4 = 16; n_L = 3+1+1+1 = 6, n_M = 2, n_N = 2+3+1+2 = 8.
    // n·D_o: P t1 (9 − 4 − 1)/2 = 2, P t2 2, Q t0 (4 − 1 − 1)/1 = 2 → 6.
    // Σ n_c n_k (c ≠ k) = 16² − 36 − 4 − 64 = 152; α = 1 − 15·6/152 = 62/152.
    const missing = computeAgreement(fixture, everyone).alpha;
    expect(missing.value).toBeCloseTo(62 / 152, 12);
    expect(missing.n).toBe(16);
    expect(missing.units).toBe(6);
    // If Cy had coded Q and marked nothing: Q t0 (L,N,N) → (9 − 1 − 4)/2 = 2, Q t1 (N,N,N).
    // n = 18, n_N = 10: Σ = 18² − 36 − 4 − 100 = 184; α = 1 − 17·6/184 = 82/184.
    const asNone = computeAgreement(
      { ...fixture, doneMarks: [...fixture.doneMarks, { annotatorId: 'c', articleId: 'q' }] },
      everyone,
    ).alpha;
    expect(asNone.value).toBeCloseTo(82 / 184, 12);
    expect(asNone.value).not.toBeCloseTo(missing.value!, 3);
  });

  it('gives α per article, with its coders', () => {
    const { alphaByArticle } = computeAgreement(fixture, everyone);
    expect(alphaByArticle.map((row) => [row.articleId, row.coders])).toEqual([
      ['q', 2],
      ['p', 3],
    ]);
    // Q: (L,N), (N,N): n = 4, n_L = 1, n_N = 3, n·D_o = 2; Σ = 16 − 1 − 9 = 6; α = 1 − 3·2/6 = 0.
    expect(alphaByArticle[0]!.alpha.value).toBeCloseTo(0, 12);
    // P: n = 12, n_L = 5, n_M = 2, n_N = 5, n·D_o = 4; Σ = 144 − 25 − 4 − 25 = 90;
    // α = 1 − 11·4/90 = 46/90.
    expect(alphaByArticle[1]!.alpha.value).toBeCloseTo(46 / 90, 12);
  });

  it('gives binary α per label, for every label of the codebook', () => {
    const { alphaByLabel } = computeAgreement(fixture, everyone);
    expect(alphaByLabel.map((row) => row.labelId)).toEqual(['l', 'm', 'e']);
    // Loaded or not: P t0 (1,1,1), t1 (0,0,1), t2 (0,0,1), t3 (0,0,0), Q t0 (1,0), t1 (0,0).
    // n = 16, ones = 6, zeros = 10; n·D_o = 2·1·2/2 + 2·1·2/2 + 2·1·1/1 = 6;
    // Σ n_c n_k (c ≠ k) = 2·6·10 = 120; α = 1 − 15·6/120 = 0.25.
    expect(alphaByLabel[0]!.alpha.value).toBeCloseTo(0.25, 12);
    // Metaphor: only P t2 (1,1,0): ones = 2, n·D_o = 2·2·1/2 = 2; Σ = 2·2·14 = 56;
    // α = 1 − 15·2/56 = 26/56.
    expect(alphaByLabel[1]!.alpha.value).toBeCloseTo(26 / 56, 12);
    expect(alphaByLabel[2]!.alpha).toMatchObject({
      value: null,
      reason: 'Every value is the same: no word is marked “Euphemism”.',
      n: 16,
    });
  });

  it('is undefined when nobody marked anything', () => {
    const quiet = input({
      articles: [P],
      annotators,
      doneMarks: [
        { annotatorId: 'a', articleId: 'p' },
        { annotatorId: 'b', articleId: 'p' },
      ],
    });
    const report = computeAgreement(quiet, everyone);
    expect(report.alpha.value).toBeNull();
    expect(report.alpha.reason).toBe('Every value is the same: nobody marked any word.');
    expect(report.pairs[0]!.kappa.value).toBeNull();
    expect(report.pairs[0]!.kappa.reason).toBe(
      'Ann and Ben gave every word the same value (no label), so agreement by chance is already 1.',
    );
  });
});

describe("computeAgreement: Cohen's κ", () => {
  it('uses the tokens both coded and each annotator’s own marginals', () => {
    const [ab, ac, bc] = computeAgreement(fixture, everyone).pairs;
    expect([ab!.a, ab!.b, ac!.b, bc!.a]).toEqual(['a', 'b', 'c', 'b']);
    // Ann–Ben over P and Q (6 tokens): all agree but Q t0 → p_o = 5/6.
    // Ann: L 2, M 1, N 3; Ben: L 1, M 1, N 4 → p_e = (2·1 + 1·1 + 3·4)/36 = 15/36.
    // κ = (30/36 − 15/36)/(21/36) = 15/21.
    expect(ab!.kappa).toMatchObject({ n: 6, reason: null });
    expect(ab!.kappa.observed).toBeCloseTo(5 / 6, 12);
    expect(ab!.kappa.expected).toBeCloseTo(15 / 36, 12);
    expect(ab!.kappa.value).toBeCloseTo(15 / 21, 12);
    // Ann–Cy over P only (Cy did not code Q): L/L, N/L, M/L, N/N → p_o = 2/4.
    // Ann: L 1, M 1, N 2; Cy: L 3, N 1 → p_e = (1·3 + 2·1)/16 = 5/16; κ = (8/16 − 5/16)/(11/16).
    expect(ac!.kappa.n).toBe(4);
    expect(ac!.kappa.value).toBeCloseTo(3 / 11, 12);
    expect(bc!.kappa.value).toBeCloseTo(3 / 11, 12);
  });
});

describe('computeAgreement: span F1', () => {
  it('counts exact and overlap matches, B against A', () => {
    const [ab, ac] = computeAgreement(fixture, everyone).pairs;
    // Ann (A) has 3 spans on P and Q, Ben (B) 2, both exactly on Ann's P spans:
    // P = 2/2, R = 2/3, F1 = 2·1·(2/3)/(1 + 2/3) = 0.8.
    expect(ab!.exact).toMatchObject({ matched: 2, a: 3, b: 2, precision: 1, reason: null });
    expect(ab!.exact.recall).toBeCloseTo(2 / 3, 12);
    expect(ab!.exact.f1).toBeCloseTo(0.8, 12);
    expect(ab!.overlap.matched).toBe(2);
    // Ann–Cy on P only: Ann Loaded [0,5), Metaphor [11,16); Cy Loaded [0,10), Loaded [11,16).
    // Exact: none (F1 = 0). Overlap: Loaded [0,5) with [0,10) → P = 1/2, R = 1/2, F1 = 0.5.
    expect(ac!.exact).toMatchObject({ matched: 0, a: 2, b: 2, precision: 0, recall: 0, f1: 0 });
    expect(ac!.overlap).toMatchObject({ matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    // By label: Loaded a = 1, b = 2, 1 overlap match → P = 1/2, R = 1, F1 = 2·0.5/1.5 = 2/3;
    // Metaphor: Cy has none → precision undefined, recall 0/1.
    const [loaded, metaphor] = ac!.byLabel;
    expect(loaded!.labelId).toBe('l');
    expect(loaded!.overlap.f1).toBeCloseTo(2 / 3, 12);
    expect(metaphor!.labelId).toBe('m');
    expect(metaphor!.overlap).toMatchObject({ precision: null, recall: 0, f1: null, a: 1, b: 0 });
    expect(metaphor!.overlap.reason).toBe(
      'Cy marked no “Metaphor” span on the articles both coded, so precision is undefined.',
    );
  });

  it('matches overlaps one-to-one: one long span over two short ones matches once', () => {
    const longOverShort = input({
      articles: [P],
      annotators,
      annotations: [
        mark('a', 'p', 0, 16), // "alpha beta gamma"
        mark('b', 'p', 0, 5), // "alpha"
        mark('b', 'p', 11, 16), // "gamma"
      ],
    });
    const [ab] = computeAgreement(longOverShort, everyone).pairs;
    // One match: P = 1/2, R = 1/1, F1 = 2·0.5·1/1.5 = 2/3.
    expect(ab!.overlap).toMatchObject({ matched: 1, a: 1, b: 2, precision: 0.5, recall: 1 });
    expect(ab!.overlap.f1).toBeCloseTo(2 / 3, 12);
    expect(ab!.exact.matched).toBe(0);
  });

  it('says why F1 is undefined when two annotators share no article', () => {
    // Cy did not code Q: on Q alone, Ann and Cy have nothing in common.
    const [ac] = computeAgreement(fixture, { annotatorIds: ['a', 'c'], articleIds: ['q'] }).pairs;
    expect(ac!.exact.reason).toBe('Ann and Cy coded no article in common.');
    expect(ac!.kappa.reason).toBe('Ann and Cy coded no article in common.');
    expect(ac!.kappa.n).toBe(0);
  });
});

describe('computeAgreement: target, voice and valence on matched spans', () => {
  it('treats each overlap-matched pair as a unit of two values', () => {
    const { attributes } = computeAgreement(fixture, everyone);
    // Matched pairs (target, voice, valence):
    //   Ann–Ben Loaded:   (t1, own, −2) / (t1, own, −1)
    //   Ann–Ben Metaphor: (none, own, 0) / (t2, quoted, 0)
    //   Ann–Cy Loaded:    (t1, own, −2) / (t1, quoted, 2)
    //   Ben–Cy Loaded:    (t1, own, −1) / (t1, quoted, 2)
    expect(attributes.pairs).toBe(4);
    expect(attributes.target.same).toBe(3);
    expect(attributes.voice.same).toBe(1);
    // |−2 − −1| = 1 and |0 − 0| = 0 are within one; 4 and 3 are not.
    expect(attributes.valence.withinOne).toBe(2);
    // Target: n = 8, t1 6, none 1, t2 1; n·D_o = 2 (the second pair); Σ = 64 − 36 − 1 − 1 = 26;
    // α = 1 − 7·2/26 = 12/26.
    expect(attributes.target.value).toBeCloseTo(12 / 26, 12);
    // Voice: own 5, quoted 3; three pairs differ → n·D_o = 6; Σ = 64 − 25 − 9 = 30; α = 1 − 42/30.
    expect(attributes.voice.value).toBeCloseTo(-0.4, 12);
    // Valence (interval): n·D_o = 2·1² + 0 + 2·4² + 2·3² = 52; Σv = −2, Σv² = 18;
    // Σ n_c n_k (c−k)² = 2(8·18 − 4) = 280; α = 1 − 7·52/280 = −0.3.
    expect(attributes.valence.value).toBeCloseTo(-0.3, 12);
    expect(attributes.valence.n).toBe(8);
  });
});
