import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import {
  compileLexicon,
  findMatches,
  formKeys,
  scanMatches,
  type LexiconMatcher,
} from '../../../src/domain/lexicon/match-lexicon';
import { foldString, isWordCharAt } from '../../../src/domain/text/char-classes';
import type { LexiconEntry } from '../../../src/domain/types';

const matcher = compileLexicon(defaultLexicon);

function entry(id: string, forms: string[]): LexiconEntry {
  return { id, pattern: id, forms, labelId: 'actor-label', valence: -1, canonical: id, note: '' };
}

/** [exact text, entry id] of each match, for compact expectations. */
function surfaces(text: string, m = matcher): [string, string][] {
  return findMatches(m, text).map((match) => [text.slice(match.start, match.end), match.entryId]);
}

describe('findMatches with the default lexicon', () => {
  it('matches inflections of one entry', () => {
    expect(surfaces('A terrorist and two terrorists.')).toEqual([
      ['terrorist', 'lx-terrorist'],
      ['terrorists', 'lx-terrorist'],
    ]);
  });

  it('is case-insensitive', () => {
    expect(surfaces('TERRORISTS, Militants and mIlItAnTs')).toEqual([
      ['TERRORISTS', 'lx-terrorist'],
      ['Militants', 'lx-militant'],
      ['mIlItAnTs', 'lx-militant'],
    ]);
  });

  it('matches multi-word terms and prefers the longest match at a position', () => {
    expect(surfaces('the terrorist group and a foreign-backed militant groups coalition')).toEqual([
      ['terrorist group', 'lx-terrorist-group'],
      ['foreign-backed militant groups', 'lx-foreign-backed-militants'],
    ]);
    // A longer form that does not complete falls back to the shorter one.
    expect(surfaces('terrorist grouping')).toEqual([['terrorist', 'lx-terrorist']]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(surfaces("Assad's regime and Assad’s regime and Assad‘s regime")).toEqual([
      ["Assad's regime", 'lx-assad-regime'],
      ['Assad’s regime', 'lx-assad-regime'],
      ['Assad‘s regime', 'lx-assad-regime'],
    ]);
  });

  it('treats hyphen variants, the en dash and a single space as the hyphen of a form', () => {
    const variants = [
      'foreign-backed',
      'foreign\u2010backed', // hyphen
      'foreign\u2011backed', // non-breaking hyphen
      'foreign\u2013backed', // en dash
      'foreign backed',
      'foreign\u00a0backed', // no-break space
    ];
    for (const variant of variants) {
      expect(surfaces(`some ${variant} groups`)).toEqual([[variant, 'lx-foreign-backed']]);
    }
    expect(surfaces('foreignbacked')).toEqual([]);
    expect(surfaces('foreign\nbacked')).toEqual([]); // never across a line break
    expect(surfaces('foreign  backed')).toEqual([]); // one white-space character per space
  });

  it('does not match inside longer words (Unicode-aware boundaries)', () => {
    expect(surfaces('a demilitarized zone, a strict regimen, antiterrorist laws')).toEqual([]);
    expect(surfaces('éregime regimeé regime\u0301 2regime')).toEqual([]); // letters, marks, digits
    expect(surfaces('𝗡regime')).toEqual([]); // an astral letter (math bold N) is a letter
    expect(surfaces('😀regime😀')).toEqual([['regime', 'lx-regime']]); // emoji are not
    expect(surfaces('the regime’s point; pro_regime')).toEqual([
      ['regime', 'lx-regime'],
      ['regime', 'lx-regime'],
    ]);
  });

  it('reports UTF-16 offsets into the original text, after emoji', () => {
    // 🇸🇾 0..3 | space 4 | 👨‍👩‍👧 5..12 | space 13 | the 14..16 | space 17 | regime 18..23
    const text = '🇸🇾 👨‍👩‍👧 the regime';
    expect(findMatches(matcher, text)).toEqual([
      {
        start: 18,
        end: 24,
        entryId: 'lx-regime',
        labelId: 'actor-label',
        valence: -1,
        canonical: 'regime',
      },
    ]);
  });

  it('matches at the very start and end of the text', () => {
    expect(surfaces('regime')).toEqual([['regime', 'lx-regime']]);
    expect(surfaces('')).toEqual([]);
  });

  it('gives the same answer through scanMatches and on repeated scans', () => {
    const text = 'Militants seized the town; the militants were later eliminated.';
    const first = findMatches(matcher, text);
    expect(findMatches(matcher, text)).toEqual(first);
    const list = scanMatches(matcher, text);
    expect(list.count).toBe(first.length);
    expect(Array.from(list.starts.subarray(0, list.count))).toEqual(first.map((m) => m.start));
  });
});

describe('compileLexicon', () => {
  it('lets the first entry keep a form two entries share, and reports the collision', () => {
    const m = compileLexicon([entry('a', ['rebel']), entry('b', ['Rebel', 'insurgent'])]);
    expect(m.collisions).toEqual([{ form: 'rebel', keptEntryId: 'a', droppedEntryId: 'b' }]);
    expect(surfaces('rebel insurgent', m)).toEqual([
      ['rebel', 'a'],
      ['insurgent', 'b'],
    ]);
  });

  it('ignores empty forms and compiles an empty lexicon', () => {
    expect(formKeys('  ')).toEqual([]);
    expect(formKeys(' So-called ')).toEqual(['so-called', 'so called']);
    expect(findMatches(compileLexicon([]), 'terrorist')).toEqual([]);
  });

  it('handles forms with astral characters and surrogates next to them', () => {
    const m = compileLexicon([entry('emoji', ['🔥 attack']), entry('word', ['attack'])]);
    expect(surfaces('a 🔥 attack, an attack', m)).toEqual([
      ['🔥 attack', 'emoji'],
      ['attack', 'word'],
    ]);
  });
});

/**
 * A deliberately naive matcher with the same rules, written for clarity, not speed: at every
 * position not preceded by a letter/number/mark, try every folded key, longest first (only
 * keys that start with the folded unit at that position can match there).
 */
function referenceMatches(
  entries: readonly LexiconEntry[],
  text: string,
): [number, number, string][] {
  const keyOwner = new Map<string, string>();
  for (const e of entries) {
    for (const form of e.forms) {
      for (const key of formKeys(form)) if (!keyOwner.has(key)) keyOwner.set(key, e.id);
    }
  }
  const keysByFirstUnit = new Map<number, string[]>();
  for (const key of [...keyOwner.keys()].sort((a, b) => b.length - a.length)) {
    const first = key.charCodeAt(0);
    keysByFirstUnit.set(first, [...(keysByFirstUnit.get(first) ?? []), key]);
  }
  const folded = foldString(text);
  const out: [number, number, string][] = [];
  let i = 0;
  while (i < text.length) {
    let found = false;
    if (!isWordCharAt(text, i - 1)) {
      for (const key of keysByFirstUnit.get(folded.charCodeAt(i)) ?? []) {
        if (folded.startsWith(key, i) && !isWordCharAt(text, i + key.length)) {
          out.push([i, i + key.length, keyOwner.get(key) ?? '']);
          i += key.length;
          found = true;
          break;
        }
      }
    }
    if (!found) i++;
  }
  return out;
}

function triples(text: string): [number, number, string][] {
  return findMatches(matcher, text).map((m) => [m.start, m.end, m.entryId]);
}

/** Pieces that exercise case, apostrophes, hyphens, boundaries and surrogates. */
const trickyWords = [
  'terrorist',
  'terrorists',
  'terror',
  'group',
  'groups',
  'organisation',
  'regime',
  'Assad',
  "Assad's",
  'Assad’s',
  'foreign',
  'backed',
  'militant',
  'demilitarized',
  'so',
  'called',
  'civilians',
  'including',
  'three',
  'children',
  'Syrian',
  'army',
  'military',
  'forces',
  'pro',
  'sworn',
  'enemy',
  'fatal',
  'and',
  'painful',
  'blows',
  'x',
  'TERROR',
  'ist',
  'REGIME',
  '😀',
  '🇸🇾',
  '𝗡',
  'é',
  '\u0301',
  'İ',
  '\ud800',
  '',
];

const trickySeparators = [
  ' ',
  ' ',
  ' ',
  ' ',
  ' ',
  '\n',
  '-',
  '\u2011',
  '\u2013',
  "'",
  '’',
  ', ',
  '.',
  '“',
  '”',
  '\u00a0',
  '\t',
  '  ',
  '',
];

/** mulberry32: a fixed-seed PRNG so any failure is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Words and separators in random order, `pieces` of each. */
function trickyText(random: () => number, pieces: number): string {
  const parts: string[] = [];
  for (let k = 0; k < pieces; k++) {
    parts.push(pick(random, trickyWords), pick(random, trickySeparators));
  }
  return parts.join('');
}

function matchTriples(m: LexiconMatcher, text: string): [number, number, string][] {
  return findMatches(m, text).map((match) => [match.start, match.end, match.entryId]);
}

// These cross-checks scan hundreds of thousands of characters against a naive reference; on a
// busy 2-core machine they take many times their usual second or two. The limit only has to
// catch a hang, never a slow machine.
const HEAVY_TEST_TIMEOUT = 180_000;

describe('findMatches agrees with a naive reference implementation', () => {
  it(
    'on the five seed articles',
    () => {
      const dir = join(__dirname, '../../../seeds');
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(triples(text), file).toEqual(referenceMatches(defaultLexicon, text));
      }
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'on random texts built from tricky pieces',
    () => {
      const random = seededRandom(0x5eed);
      for (let round = 0; round < 400; round++) {
        const text = trickyText(random, 5 + Math.floor(random() * 60));
        expect(triples(text), JSON.stringify(text)).toEqual(referenceMatches(defaultLexicon, text));
      }
    },
    HEAVY_TEST_TIMEOUT,
  );

  // The scanner works in chunks of 131,072 units and cuts each chunk in four lanes after
  // characters that are in no key; long texts cover matches next to chunk ends and cuts.
  it(
    'on long texts (chunk ends and lane cuts)',
    () => {
      const random = seededRandom(0x1e57);
      const seeds = readdirSync(join(__dirname, '../../../seeds'))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8'));
      for (let round = 0; round < 4; round++) {
        const parts: string[] = [];
        let length = 0;
        while (length < 300_000) {
          const part = random() < 0.5 ? pick(random, seeds) : trickyText(random, 200);
          parts.push(part);
          length += part.length;
        }
        const text = parts.join(pick(random, trickySeparators));
        expect(triples(text)).toEqual(referenceMatches(defaultLexicon, text));
      }
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'on long texts with no character to cut lanes at',
    () => {
      // Only letters, spaces, hyphens, full stops and apostrophes: each of them is in some key.
      const random = seededRandom(0xc0ffee);
      const words = trickyWords.filter((word) => /^[a-z']*$/iu.test(word));
      const separators = [' ', ' ', '-', '.', "'", '. '];
      const parts: string[] = [];
      for (let k = 0; k < 40_000; k++) parts.push(pick(random, words), pick(random, separators));
      const text = parts.join('');
      expect(text.length).toBeGreaterThan(140_000);
      expect(triples(text)).toEqual(referenceMatches(defaultLexicon, text));
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'on arbitrary arrangements of tricky pieces',
    () => {
      const piece = fc.constantFrom(...trickyWords, ...trickySeparators);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 2_000, size: 'max' }), (pieces) => {
          const text = pieces.join('');
          expect(triples(text)).toEqual(referenceMatches(defaultLexicon, text));
        }),
        { numRuns: 60, endOnFailure: true },
      );
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'for random lexicons over a small alphabet, including punctuation in forms',
    () => {
      // Forms may hold commas, full stops, astral characters and lone surrogates, so that
      // fewer characters are left to cut lanes at, and surrogate halves meet in keys.
      const formUnit = fc.constantFrom(
        'a',
        'b',
        'A',
        ' ',
        '-',
        "'",
        '’',
        '.',
        ',',
        'é',
        '🔥',
        '\ud83d',
        'İ',
      );
      const form = fc
        .array(formUnit, { minLength: 1, maxLength: 5 })
        .map((units) => units.join(''));
      const lexicon = fc
        .array(fc.array(form, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
        .map((entries) => entries.map((forms, k) => entry(`e${k}`, forms)));
      const textUnit = fc.constantFrom(
        'a',
        'b',
        'B',
        'x',
        ' ',
        ' ',
        '-',
        '\u2013',
        "'",
        '’',
        '.',
        ',',
        ';',
        '\n',
        '\t',
        'é',
        'e\u0301',
        '🔥',
        '😀',
        '𝗡',
        '\ud83d',
        '\ude00',
        'İ',
        '\u00a0',
      );
      const text = fc
        .array(textUnit, { maxLength: 3_000, size: 'max' })
        .map((units) => units.join(''));
      fc.assert(
        fc.property(lexicon, fc.array(text, { minLength: 1, maxLength: 3 }), (entries, texts) => {
          const m = compileLexicon(entries);
          for (const sample of texts) {
            expect(matchTriples(m, sample)).toEqual(referenceMatches(entries, sample));
          }
        }),
        { numRuns: 150, endOnFailure: true },
      );
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'for a random lexicon over texts longer than a chunk',
    () => {
      const random = seededRandom(0xab);
      const units = ['a', 'b', 'B', ' ', ' ', '-', "'", '.', ',', ';', '\n', 'é', '🔥', '𝗡'];
      for (let round = 0; round < 3; round++) {
        const entries = Array.from({ length: 8 }, (_, k) =>
          entry(
            `e${k}`,
            Array.from({ length: 2 }, () =>
              Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, units)).join(
                '',
              ),
            ),
          ),
        );
        const text = Array.from({ length: 300_000 }, () => pick(random, units)).join('');
        const m = compileLexicon(entries);
        expect(matchTriples(m, text)).toEqual(referenceMatches(entries, text));
        // A second scan reuses the states built by the first.
        expect(matchTriples(m, text)).toEqual(referenceMatches(entries, text));
      }
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'on texts dense with matches',
    () => {
      // More occurrences per lane and chunk than the scanner notes before it flushes them.
      const text = 'regime, terrorists; militant regime\n'.repeat(10_000);
      const expected = referenceMatches(defaultLexicon, text);
      expect(expected.length).toBe(40_000);
      expect(triples(text)).toEqual(expected);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'with an astral character across the end of a chunk whose last lane ends first',
    () => {
      // Chunks are 2^17 units, cut in lanes after the first comma past each quarter; the last
      // lane is the shortest here, so the side-by-side loop reaches the high surrogate itself.
      const chunk = 1 << 17;
      const units = Array.from({ length: chunk + 2_000 }, (_, i): string =>
        i % 5 === 4 ? ' ' : 'w',
      );
      for (const at of [chunk / 4, chunk / 2, (3 * chunk) / 4 + 500]) units[at] = ',';
      units[chunk - 2] = ' ';
      const text = `${units.slice(0, chunk - 1).join('')}🔥 attack ${units.slice(chunk).join('')}`;
      const m = compileLexicon([entry('emoji', ['🔥 attack'])]);
      expect(matchTriples(m, text)).toEqual([[chunk - 1, chunk + 8, 'emoji']]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'with astral characters on both sides of every chunk end',
    () => {
      const m = compileLexicon([
        entry('emoji', ['🔥 attack']),
        entry('regime', ['regime']),
        entry('math', ['𝗡 regime']),
      ]);
      const filler = 'a word, another word; '.repeat(8_000); // 176,000 units
      for (const chunkEnd of [1 << 17, 2 << 17]) {
        for (let shift = -3; shift <= 3; shift++) {
          for (const astral of ['🔥 attack', '𝗡 regime', '😀regime', '𝗡regime']) {
            const at = chunkEnd + shift;
            const text = (filler + filler).slice(0, at) + astral + ' ' + filler.slice(0, 2_000);
            expect(matchTriples(m, text), `${astral} at ${at}`).toEqual(
              referenceMatches(m.entries, text),
            );
          }
        }
      }
    },
    HEAVY_TEST_TIMEOUT,
  );
});
