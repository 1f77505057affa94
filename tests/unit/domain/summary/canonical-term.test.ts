import { describe, expect, test } from 'vitest';
import {
  CanonicalIndex,
  canonicalIndex,
  canonicalTerm,
  foldTerm,
  plainTerm,
} from '../../../../src/domain/summary/canonical-term';
import { defaultLexicon } from '../../../../src/domain/lexicon/default-lexicon';
import { fixtureLexicon } from '../../../fixtures/summary/seed-annotations';

const term = (exact: string) => canonicalTerm({ exact }, fixtureLexicon);

describe('foldTerm', () => {
  test('folds case, apostrophes, hyphens and white space', () => {
    expect(foldTerm('Hay’at')).toBe("hay'at");
    expect(foldTerm('HAYʼAT')).toBe("hay'at");
    expect(foldTerm('Foreign‐backed')).toBe('foreign-backed'); // U+2010
    expect(foldTerm('foreign–backed')).toBe('foreign-backed'); // en dash
    expect(foldTerm('  Assad \n\t regime ')).toBe('assad regime');
    expect(foldTerm('Cafe\u0301')).toBe('café'); // NFC
  });
});

describe('canonicalTerm', () => {
  test('a lexicon form gives the canonical form, written as the lexicon writes it', () => {
    expect(term('terrorists')).toBe('terrorist');
    expect(term('TERRORISTS')).toBe('terrorist');
    expect(term('terrorist organisation')).toBe('terrorist organization');
    expect(term('Britain-based')).toBe('UK-based');
    expect(term('militant factions')).toBe('militant groups');
  });

  test('curly and straight apostrophes are the same form', () => {
    // The lexicon lists only "Assad's regime" (straight); the seed text has a curly one.
    expect(term('Assad’s regime')).toBe('Assad regime');
    expect(term("Assad's regime")).toBe('Assad regime');
  });

  test('hyphen variants, and a space for a hyphen, are the same form', () => {
    expect(term('foreign‑backed militant groups')).toBe('foreign-backed militants'); // U+2011
    expect(term('foreign backed militant groups')).toBe('foreign-backed militants');
    expect(term('UK based')).toBe('UK-based');
    // …but a space in a form does not match a hyphen in the text.
    expect(term('commando-unit')).toBe('commando-unit');
  });

  test('otherwise the exact text, lower-cased, NFC, white space collapsed', () => {
    expect(term('  Northern   Operations\nCommand ')).toBe('northern operations command');
    expect(term('HTS’s statement')).toBe('hts’s statement');
    expect(term('Cafe\u0301 Owners')).toBe('café owners');
  });

  test('a canonical spelling that is not among its forms still maps to itself', () => {
    const index = new CanonicalIndex([{ canonical: 'liberated', forms: ['liberate'] }]);
    expect(index.termOf('Liberated')).toBe('liberated');
    expect(index.termOf('liberate')).toBe('liberated');
  });

  test('when two entries share a form, the first one listed keeps it', () => {
    const index = new CanonicalIndex([
      { canonical: 'rebel', forms: ['rebel fighters'] },
      { canonical: 'fighter', forms: ['rebel fighters', 'fighters'] },
    ]);
    expect(index.termOf('rebel fighters')).toBe('rebel');
    expect(index.termOf('fighters')).toBe('fighter');
  });

  test('the index of a lexicon array is built once and reused', () => {
    expect(canonicalIndex(fixtureLexicon)).toBe(canonicalIndex(fixtureLexicon));
    expect(canonicalTerm({ exact: 'militants' }, canonicalIndex(fixtureLexicon))).toBe('militant');
  });

  test('a fresh copy of the last lexicon indexed reuses its index; a changed one does not', () => {
    const lexicon = [{ canonical: 'militant', forms: ['militant', 'militants'] }];
    const index = canonicalIndex(lexicon);
    // A re-read of the same entries: another array, same index (and memo).
    expect(canonicalIndex(structuredClone(lexicon))).toBe(index);
    const changed = [{ canonical: 'militant', forms: ['militant', 'militants', 'militias'] }];
    const other = canonicalIndex(changed);
    expect(other).not.toBe(index);
    expect(other.termOf('Militias')).toBe('militant');
    expect(index.termOf('Militias')).toBe('militias');
  });

  test('works with the shipped lexicon', () => {
    const shipped = (exact: string) => canonicalTerm({ exact }, defaultLexicon);
    expect(shipped('Terrorists')).toBe('terrorist');
    expect(shipped('Assad’s regime')).toBe('Assad regime');
    expect(shipped('foreign backed militant groups')).toBe('foreign-backed militants');
  });

  test('plainTerm is the documented fallback', () => {
    expect(plainTerm(' Rebel\u00a0 Force ')).toBe('rebel force');
  });
});
