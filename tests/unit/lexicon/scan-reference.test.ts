import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/domain/lexicon/default-lexicon';
import {
  compileLexicon,
  findMatches,
  scanMatches,
  type MatchList,
} from '../../../src/domain/lexicon/match-lexicon';
import type { LexiconEntry } from '../../../src/domain/types';

// A reference matcher written from the matching rules alone (it shares no code with the
// scanner): fold every UTF-16 unit, then at every position not preceded by a letter, number or
// mark try every key, longest first, and keep the first one not followed by such a character.

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHES = '\u2019\u2018\u201b\u02bc\u2032\uff07\u0060\u00b4';
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\uff02';
const HYPHENS = '\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d';
const SPACES =
  '\t\u00a0\u1680\u202f\u205f\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a';

function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return unit;
  if (unit === '\u0130') return 'i';
  if (APOSTROPHES.includes(unit)) return "'";
  if (DOUBLE_QUOTES.includes(unit)) return '"';
  if (HYPHENS.includes(unit)) return '-';
  if (SPACES.includes(unit)) return ' ';
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i));
  return out;
}

/** Whether the character holding unit `i` is a letter, number or mark (false outside). */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
  const lowAfterHigh = unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  const codePoint = text.codePointAt(lowAfterHigh ? i - 1 : i) ?? unit;
  return WORD.test(String.fromCodePoint(codePoint));
}

/** Folded keys of a form: white space collapsed, each hyphen also as a space. */
function keysOf(form: string): string[] {
  const trimmed = form.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return [];
  let keys = [''];
  for (const unit of fold(trimmed)) {
    keys = unit === '-' ? keys.flatMap((key) => [`${key}-`, `${key} `]) : keys.map((k) => k + unit);
  }
  return keys;
}

function referenceMatches(
  entries: readonly LexiconEntry[],
  text: string,
): [number, number, string][] {
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      for (const key of keysOf(form)) if (!owner.has(key)) owner.set(key, entry.id);
    }
  }
  const longestFirst = [...owner.keys()].sort((a, b) => b.length - a.length);
  const folded = fold(text);
  const found: [number, number, string][] = [];
  let i = 0;
  while (i < text.length) {
    const key = isWordAt(text, i - 1)
      ? undefined
      : longestFirst.find((k) => folded.startsWith(k, i) && !isWordAt(text, i + k.length));
    if (key === undefined) {
      i += 1;
    } else {
      found.push([i, i + key.length, owner.get(key) ?? '']);
      i += key.length;
    }
  }
  return found;
}

const matcher = compileLexicon(defaultLexicon);

function scanned(text: string): [number, number, string][] {
  return findMatches(matcher, text).map((match) => [match.start, match.end, match.entryId]);
}

const shippedForms = defaultLexicon.flatMap((entry) => entry.forms);

/** A shipped form as it may appear in text, or a near miss of it. */
const spellings: ((form: string) => string)[] = [
  (form) => form,
  (form) => form.toUpperCase(),
  (form) => form.charAt(0).toUpperCase() + form.slice(1),
  (form) => form.replaceAll("'", '\u2019').replaceAll('-', '\u2013'),
  (form) => form.replaceAll('-', '\u2011').replaceAll(' ', '\u00a0'),
  (form) => form.replaceAll(' ', '  '), // two spaces: not one space of the form
  (form) => form.replaceAll(' ', '\n'), // a line break is never a form's space
  (form) => form.slice(0, -1), // a prefix of the form
  (form) => form.slice(1), // a suffix of the form
  (form) => `${form}s`,
  (form) => `${form}ed`,
  (form) => `de${form}`,
  (form) => `${form}\u00e9`, // a Latin letter joined after
  (form) => `\u0436${form}`, // a Cyrillic letter joined before
  (form) => `${form}\u4e2d`, // a Han character joined after
  (form) => `\u{1d5e1}${form}`, // an astral letter (mathematical bold N) before
  (form) => `${form}\u0301`, // a combining mark after
  (form) => `\u{1f600}${form}`, // an emoji (not a letter) before
];

const fillers = [
  'the',
  'of',
  'said',
  'Z\u00fcrich',
  '\u043c\u0438\u0440',
  '\u4e2d\u6587',
  '2024',
  '\u{1d5e1}',
];
const separators = [
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '\t',
  '\u00a0',
  '-',
  '\u2013',
  "'",
  '\u2019',
  '\u201c',
  '\u201d',
  '(',
  '',
];

const piece = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...shippedForms), fc.constantFrom(...spellings))
      .map(([form, spell]) => spell(form)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...fillers) },
);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom(...separators)), { maxLength: 80 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

// fast-check builds a few hundred texts and the reference tries every key at every word start:
// seconds on a quiet machine, far more on a busy one. The limit only has to catch a hang.
const HEAVY_TEST_TIMEOUT = 180_000;

describe('the scan of the shipped lexicon agrees with a plain reference matcher', () => {
  it(
    'on texts of shipped forms, their near misses and filler',
    () => {
      fc.assert(
        fc.property(text, (sample) => {
          expect(scanned(sample)).toEqual(referenceMatches(defaultLexicon, sample));
        }),
        { numRuns: 150, endOnFailure: true },
      );
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('finds the hand-counted matches of a small text', () => {
    // "regime" and "terrorists" are shipped forms; "Regimen" is a longer word that starts with
    // one, and "demilitarized" holds none at its start: 2 matches.
    const sample = 'Regimen, regime; demilitarized terrorists.';
    expect(referenceMatches(defaultLexicon, sample).length).toBe(2);
    expect(scanned(sample)).toEqual(referenceMatches(defaultLexicon, sample));
  });
});

describe('scanMatches into a list reused across texts', () => {
  const line = 'regime, terrorists; militant regime\n'; // 4 matches per line

  function triples(list: MatchList): [number, number, number][] {
    return Array.from({ length: list.count }, (_, k) => [
      list.starts[k] ?? -1,
      list.ends[k] ?? -1,
      list.entryIndexes[k] ?? -1,
    ]);
  }

  it('gives what a fresh list gives, when the next text has fewer or more matches', () => {
    const long = line.repeat(500); // 500 × 4 = 2,000 matches
    const short = line.repeat(3); // 3 × 4 = 12 matches
    const reused = scanMatches(matcher, short);
    expect(reused.count).toBe(12);

    // Growing: the list made for 12 matches receives 2,000.
    expect(scanMatches(matcher, long, reused)).toBe(reused);
    expect(reused.count).toBe(2_000);
    expect(triples(reused)).toEqual(triples(scanMatches(matcher, long)));

    // Emptied before the next scan: nothing of the longer text is left over.
    scanMatches(matcher, short, reused);
    expect(reused.count).toBe(12);
    expect(triples(reused)).toEqual(triples(scanMatches(matcher, short)));

    scanMatches(matcher, 'no loaded term here', reused);
    expect(reused.count).toBe(0);
  });
});
