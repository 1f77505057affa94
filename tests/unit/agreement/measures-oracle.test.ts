import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../../src/domain/agreement/agreement-types';
import { computeAgreement } from '../../../src/domain/agreement/compute-agreement';
import { wordTokens } from '../../../src/domain/agreement/word-tokens';
import type { Annotation } from '../../../src/domain/types';
import { input, mark } from './measures-fixture';

/*
 * Slow, literal implementations to check computeAgreement against on random data:
 * α from a full coincidence matrix built from every ordered pair of values in each unit,
 * κ from a full confusion table, span F1 by trying every pair of spans.
 */

const WORDS = ['war', 'peace', 'regime', 'army', 'fighters', 'liberated', 'a'];
const ANNOTATORS = ['u1', 'u2', 'u3', 'u4'];

interface World {
  input: AgreementInput;
  coded: Set<string>;
}

const arbitraryWorld: fc.Arbitrary<World> = fc
  .record({
    texts: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }), {
      minLength: 1,
      maxLength: 3,
    }),
    coding: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), {
      minLength: 4,
      maxLength: 4,
    }),
    spans: fc.array(
      fc.record({
        annotator: fc.nat(3),
        article: fc.nat(2),
        start: fc.nat(60),
        length: fc.integer({ min: 1, max: 14 }),
        labelId: fc.constantFrom('l', 'm', 'e'),
      }),
      { maxLength: 24 },
    ),
  })
  .map(({ texts, coding, spans }) => {
    const articles = texts.map((words, i) => ({
      id: `art${i}`,
      title: `Article ${i}`,
      outletId: 'o',
      text: words.join(' '),
    }));
    const coded = new Set<string>();
    const doneMarks = ANNOTATORS.flatMap((annotatorId, a) =>
      articles.flatMap((article, i) => {
        if (!coding[a]![i]) return [];
        coded.add(`${annotatorId}/${article.id}`);
        return [{ annotatorId, articleId: article.id }];
      }),
    );
    const annotations = spans.flatMap((s) => {
      const article = articles[s.article % articles.length]!;
      const annotatorId = ANNOTATORS[s.annotator]!;
      if (!coded.has(`${annotatorId}/${article.id}`)) return [];
      const start = Math.min(s.start, article.text.length - 1);
      const end = Math.min(start + s.length, article.text.length);
      return [mark(annotatorId, article.id, start, end, { labelId: s.labelId })];
    });
    const annotators = ANNOTATORS.map((id) => ({ id, name: `Name ${id}` }));
    return { input: input({ articles, annotators, annotations, doneMarks }), coded };
  });

/** Per article, per annotator who coded it: each token's value ("none" or the sorted labels). */
function tokenValues(world: World): Map<string, Map<string, string[]>> {
  const byArticle = new Map<string, Map<string, string[]>>();
  for (const article of world.input.articles) {
    const tokens = wordTokens(article.text);
    const byAnnotator = new Map<string, string[]>();
    for (const annotatorId of ANNOTATORS) {
      if (!world.coded.has(`${annotatorId}/${article.id}`)) continue;
      const values: string[] = [];
      for (let t = 0; t < tokens.count; t++) {
        const labels = world.input.annotations
          .filter((a) => a.annotatorId === annotatorId && a.articleId === article.id)
          .filter((a) => Math.max(a.start, tokens.starts[t]!) < Math.min(a.end, tokens.ends[t]!))
          .map((a) => a.labelId);
        values.push(labels.length === 0 ? 'none' : [...new Set(labels)].sort().join('+'));
      }
      byAnnotator.set(annotatorId, values);
    }
    byArticle.set(article.id, byAnnotator);
  }
  return byArticle;
}

function slowAlpha(units: string[][]): number | null {
  const o = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = o.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  for (const unit of units) {
    if (unit.length < 2) continue;
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++)
        if (i !== j) add(unit[i]!, unit[j]!, 1 / (unit.length - 1));
    }
  }
  const nC = new Map([...o].map(([c, row]) => [c, [...row.values()].reduce((s, w) => s + w, 0)]));
  const n = [...nC.values()].reduce((s, w) => s + w, 0);
  let observed = 0;
  let expected = 0;
  for (const [c, row] of o) for (const [k, w] of row) if (c !== k) observed += w;
  for (const [c, x] of nC) for (const [k, y] of nC) if (c !== k) expected += x * y;
  if (n === 0 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

function slowKappa(pairs: [string, string][]): number | null {
  const n = pairs.length;
  const table = new Map<string, number>();
  const values = new Set<string>();
  for (const [x, y] of pairs) {
    table.set(`${x}|${y}`, (table.get(`${x}|${y}`) ?? 0) + 1);
    values.add(x).add(y);
  }
  let diagonal = 0;
  let chance = 0;
  for (const c of values) {
    diagonal += table.get(`${c}|${c}`) ?? 0;
    let row = 0;
    let column = 0;
    for (const k of values) {
      row += table.get(`${c}|${k}`) ?? 0;
      column += table.get(`${k}|${c}`) ?? 0;
    }
    chance += row * column;
  }
  if (n === 0 || chance === n * n) return null;
  const pe = chance / (n * n);
  return (diagonal / n - pe) / (1 - pe);
}

/** Tries every pair: the larger overlap first, then the earlier start, each span once. */
function slowMatches(spansA: Annotation[], spansB: Annotation[], exact: boolean): number {
  const candidates: { a: Annotation; b: Annotation; overlap: number; at: number }[] = [];
  for (const a of spansA) {
    for (const b of spansB) {
      if (a.articleId !== b.articleId || a.labelId !== b.labelId) continue;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const same = a.start === b.start && a.end === b.end;
      if (exact ? same : overlap > 0) {
        candidates.push({ a, b, overlap, at: Math.max(a.start, b.start) });
      }
    }
  }
  candidates.sort(
    (x, y) =>
      y.overlap - x.overlap || x.at - y.at || x.a.start - y.a.start || x.b.start - y.b.start,
  );
  const used = new Set<Annotation>();
  let matched = 0;
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    matched += 1;
  }
  return matched;
}

function slowF1(matched: number, a: number, b: number): number | null {
  if (a === 0 || b === 0) return null;
  const p = matched / b;
  const r = matched / a;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function expectSame(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}

describe('agreement against slow literal implementations', () => {
  it('α, κ and span F1 agree on random annotations', () => {
    fc.assert(
      fc.property(arbitraryWorld, (world) => {
        const report = computeAgreement(world.input, {
          annotatorIds: ANNOTATORS,
          articleIds: null,
        });
        const values = tokenValues(world);
        const units = [...values.values()].flatMap((byAnnotator) => {
          const rows = [...byAnnotator.values()];
          return rows.length === 0 ? [] : rows[0]!.map((_, t) => rows.map((row) => row[t]!));
        });
        expectSame(report.alpha.value, slowAlpha(units));
        for (const pair of report.pairs) {
          const shared = [...values.values()].flatMap((byAnnotator) => {
            const a = byAnnotator.get(pair.a);
            const b = byAnnotator.get(pair.b);
            return a && b ? a.map((x, t): [string, string] => [x, b[t]!]) : [];
          });
          expectSame(pair.kappa.value, slowKappa(shared));
          expect(pair.kappa.n).toBe(shared.length);
          const both = (id: string) =>
            world.input.annotations.filter(
              (s) =>
                s.annotatorId === id &&
                world.coded.has(`${pair.a}/${s.articleId}`) &&
                world.coded.has(`${pair.b}/${s.articleId}`),
            );
          const [spansA, spansB] = [both(pair.a), both(pair.b)];
          const exact = slowMatches(spansA, spansB, true);
          const overlap = slowMatches(spansA, spansB, false);
          expect([pair.exact.matched, pair.overlap.matched]).toEqual([exact, overlap]);
          expectSame(pair.exact.f1, slowF1(exact, spansA.length, spansB.length));
          expectSame(pair.overlap.f1, slowF1(overlap, spansA.length, spansB.length));
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
