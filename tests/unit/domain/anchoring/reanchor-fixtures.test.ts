import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../../../src/domain/anchoring/reanchor';

/**
 * Each fixture (tests/fixtures/anchoring/<seed>.json) holds annotations made on a seed text
 * (offsets, quote and 32-character context, as FrameLens stores them) and five variants of
 * that text. For every annotation and variant the test derives where the same words now are —
 * by the arithmetic of the edit, written out below — and checks that re-anchoring lands
 * exactly there (and that the text there is the intended word), or that the annotation is
 * orphaned when the variant removed its words.
 */

const root = path.resolve(__dirname, '../../../..');
const fixtureDir = path.join(root, 'tests/fixtures/anchoring');

interface FixtureAnnotation {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

type Variant =
  | { name: string; kind: 'crlf' }
  | { name: string; kind: 'swap-quotes' }
  | { name: string; kind: 'insert-start'; text: string }
  | { name: string; kind: 'replace'; find: string; replace: string; orphaned?: string[] };

interface Fixture {
  seed: string;
  annotations: FixtureAnnotation[];
  variants: Variant[];
}

const SWAP: Record<string, string> = {
  '’': "'",
  '‘': "'",
  "'": '’',
  '“': '"',
  '”': '"',
  '"': '”',
};

function swapQuotes(text: string): string {
  return text.replace(/[’‘'“”"]/g, (c) => SWAP[c] ?? c);
}

interface Expectation {
  text: string;
  /** Where the words are in the variant, or null when the variant removed them. */
  expected: (a: FixtureAnnotation) => { start: number; end: number; word: string } | null;
}

function expectationFor(original: string, variant: Variant): Expectation {
  switch (variant.kind) {
    case 'crlf': {
      // Every "\n" becomes "\r\n": an offset moves right by the number of newlines before it.
      const text = original.replace(/\n/g, '\r\n');
      return {
        text,
        expected: (a) => {
          const shift = original.slice(0, a.start).split('\n').length - 1;
          return { start: a.start + shift, end: a.end + shift, word: a.exact };
        },
      };
    }
    case 'swap-quotes':
      // One character for one: offsets stay, the word itself may change its quotes.
      return {
        text: swapQuotes(original),
        expected: (a) => ({ start: a.start, end: a.end, word: swapQuotes(a.exact) }),
      };
    case 'insert-start': {
      // Everything moves right by the inserted paragraph's length.
      const n = variant.text.length;
      return {
        text: variant.text + original,
        expected: (a) => ({ start: a.start + n, end: a.end + n, word: a.exact }),
      };
    }
    case 'replace': {
      // One edit at `at`: words before it stay, words after it move by the length change,
      // words inside it are gone.
      const at = original.indexOf(variant.find);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(original.indexOf(variant.find, at + 1)).toBe(-1);
      const delta = variant.replace.length - variant.find.length;
      const editEnd = at + variant.find.length;
      return {
        text: original.slice(0, at) + variant.replace + original.slice(editEnd),
        expected: (a) => {
          if (a.end <= at) return { start: a.start, end: a.end, word: a.exact };
          if (a.start >= editEnd)
            return { start: a.start + delta, end: a.end + delta, word: a.exact };
          return null;
        },
      };
    }
  }
}

const fixtures = readdirSync(fixtureDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(path.join(fixtureDir, file), 'utf8')) as Fixture);

describe('re-anchoring fixtures', () => {
  it('covers the five seed articles with at least five annotations each', () => {
    expect(fixtures.map((f) => f.seed).sort()).toEqual([
      '000_a4f1db5a2ec62c43.txt',
      '001_a45611875bf41e14.txt',
      '002_cdcffd330fd263b3.txt',
      '003_b092ba4912c941de.txt',
      '004_d8acdea6ba6ec6bd.txt',
    ]);
    for (const fixture of fixtures) expect(fixture.annotations.length).toBeGreaterThanOrEqual(5);
  });

  for (const fixture of fixtures) {
    const original = readFileSync(path.join(root, 'seeds', fixture.seed), 'utf8');

    describe(fixture.seed, () => {
      it('annotations are real words of the original text', () => {
        for (const a of fixture.annotations) {
          expect(original.slice(a.start, a.end)).toBe(a.exact);
          expect(original.slice(a.start - a.prefix.length, a.start)).toBe(a.prefix);
          expect(original.slice(a.end, a.end + a.suffix.length)).toBe(a.suffix);
        }
      });

      it('the unchanged text keeps every annotation where it is', () => {
        const anchor = createAnchorer(original);
        for (const a of fixture.annotations) {
          expect(anchor(a)).toEqual({
            status: 'exact-position',
            start: a.start,
            end: a.end,
            score: 1,
          });
        }
      });

      for (const variant of fixture.variants) {
        it(`${variant.name}: same words re-found at their new offsets, removed words orphaned`, () => {
          const { text, expected } = expectationFor(original, variant);
          const orphaned = variant.kind === 'replace' ? (variant.orphaned ?? []) : [];
          const anchor = createAnchorer(text);
          for (const a of fixture.annotations) {
            const want = expected(a);
            const result = anchor(a);
            if (want === null || orphaned.includes(a.id)) {
              expect(orphaned, `${a.id} lies inside the edit`).toContain(a.id);
              expect(want, `${a.id} is listed as orphaned`).toBeNull();
              expect(result.status, `${a.id} "${a.exact}"`).toBe('orphaned');
              continue;
            }
            expect(result, `${a.id} "${a.exact}"`).toMatchObject({
              start: want.start,
              end: want.end,
            });
            if (result.status === 'orphaned') continue;
            expect(text.slice(result.start, result.end)).toBe(want.word);
            expect(result.score).toBeGreaterThanOrEqual(0.75);
          }
        });
      }
    });
  }
});
