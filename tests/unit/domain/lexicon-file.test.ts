import { describe, expect, test } from 'vitest';
import {
  checkLexiconFileSize,
  diffLexicon,
  lexiconFileName,
  parseLexiconFile,
  serializeLexiconFile,
  splitForms,
  validateLexiconEntry,
  type LexiconEntryDraft,
} from '../../../src/domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../../src/domain/types';

const labels = ['actor-label', 'loaded-language'];

const terrorist: LexiconEntry = {
  id: 'lx-terrorist',
  pattern: 'terrorist',
  forms: ['terrorist', 'terrorists'],
  labelId: 'actor-label',
  valence: -2,
  canonical: 'terrorist',
  note: 'Strongest label.',
};
const regime: LexiconEntry = {
  id: 'lx-regime',
  pattern: 'regime',
  forms: ['regime'],
  labelId: 'actor-label',
  valence: -1,
  canonical: 'regime',
  note: '',
};

function fileText(entries: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'framelens-lexicon', version: 1, entries, ...extra });
}

function errorOf(text: string): string {
  const result = parseLexiconFile(text, labels);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseLexiconFile', () => {
  test('reads what serializeLexiconFile writes', () => {
    const text = serializeLexiconFile([terrorist, regime]);
    expect(JSON.parse(text)).toEqual({
      format: 'framelens-lexicon',
      version: 1,
      entries: [terrorist, regime],
    });
    expect(parseLexiconFile(text, labels)).toEqual({ ok: true, entries: [terrorist, regime] });
  });

  test('accepts a UTF-8 byte order mark and an empty lexicon', () => {
    expect(parseLexiconFile(`\uFEFF${fileText([regime])}`, labels)).toEqual({
      ok: true,
      entries: [regime],
    });
    expect(parseLexiconFile(fileText([]), labels)).toEqual({ ok: true, entries: [] });
  });

  test('a missing note becomes empty; strings are trimmed; unknown fields are dropped', () => {
    const withoutNote: Partial<LexiconEntry> = { ...regime };
    delete withoutNote.note;
    const result = parseLexiconFile(
      fileText([{ ...withoutNote, canonical: ' regime ', extra: true }]),
      labels,
    );
    expect(result).toEqual({ ok: true, entries: [regime] });
  });

  test('says where the valence is wrong', () => {
    const entries = [
      terrorist,
      regime,
      { ...terrorist, id: 'lx-terror' },
      { ...regime, id: 'lx-regimes', valence: 3 },
    ];
    expect(errorOf(fileText(entries))).toBe('entries[3].valence must be an integer from -2 to 2');
    expect(errorOf(fileText([{ ...regime, valence: 1.5 }]))).toBe(
      'entries[0].valence must be an integer from -2 to 2',
    );
    expect(errorOf(fileText([{ ...regime, valence: '1' }]))).toBe(
      'entries[0].valence must be an integer from -2 to 2',
    );
  });

  test('says which field is missing or empty', () => {
    const noCanonical: Partial<LexiconEntry> = { ...regime };
    delete noCanonical.canonical;
    expect(errorOf(fileText([noCanonical]))).toBe(
      'entries[0].canonical must be a non-empty string',
    );
    expect(errorOf(fileText([{ ...regime, pattern: '  ' }]))).toBe(
      'entries[0].pattern must be a non-empty string',
    );
    expect(errorOf(fileText([{ ...regime, forms: [] }]))).toBe(
      'entries[0].forms must list at least one form',
    );
    expect(errorOf(fileText([{ ...regime, forms: ['regime', ''] }]))).toBe(
      'entries[0].forms[1] must be a non-empty string',
    );
    expect(errorOf(fileText([{ ...regime, forms: 'regime' }]))).toBe(
      'entries[0].forms must be a list of forms',
    );
  });

  test('counts the further problems', () => {
    expect(errorOf(fileText([{ ...regime, valence: 9, canonical: '' }]))).toBe(
      'entries[0].valence must be an integer from -2 to 2 (and 1 more problem)',
    );
  });

  test('refuses unknown label ids with the entry index', () => {
    expect(errorOf(fileText([regime, { ...terrorist, labelId: 'propaganda' }]))).toBe(
      'entries[1].labelId "propaganda" is not a label of the current codebook (known labels: actor-label, loaded-language)',
    );
  });

  test('refuses duplicate ids, naming both entries', () => {
    expect(errorOf(fileText([regime, terrorist, { ...terrorist, pattern: 'terror' }]))).toBe(
      'entries[2].id "lx-terrorist" is used twice (also by entries[1]); every entry needs its own id',
    );
  });

  test('refuses other files clearly', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('{"format": "framelens-lexicon",')).toMatch(/^The file is not valid JSON: /);
    expect(errorOf('[1, 2]')).toBe(
      'The file must hold one JSON object with format, version and entries.',
    );
    expect(errorOf(JSON.stringify({ format: 'framelens', version: 1, entries: [] }))).toBe(
      'format must be "framelens-lexicon": this is not a FrameLens lexicon file',
    );
    expect(errorOf(fileText([], { version: 2 }))).toBe(
      'version must be 1: this version of FrameLens reads lexicon files of version 1',
    );
    expect(errorOf(JSON.stringify({ format: 'framelens-lexicon', version: 1 }))).toBe(
      'entries must be a list of lexicon entries',
    );
    expect(errorOf(fileText(['regime']))).toBe(
      'entries[0] must be an object with id, pattern, forms, labelId, valence, canonical and note',
    );
  });

  test('refuses files over 5 MB, counting bytes not characters', () => {
    const fiveMb = 5 * 1024 * 1024;
    expect(checkLexiconFileSize(fiveMb)).toBeNull();
    expect(checkLexiconFileSize(fiveMb + 1)).toBe(
      'The file is 5.0 MB; lexicon files can be at most 5.0 MB.',
    );
    expect(checkLexiconFileSize(6 * 1024 * 1024)).toBe(
      'The file is 6.0 MB; lexicon files can be at most 5.0 MB.',
    );
    // 2,000,000 "é" are 2,000,000 UTF-16 units but 4,000,000 bytes; 3,000,000 are 6,000,000 bytes.
    const padding = (count: number) => 'é'.repeat(count);
    expect(parseLexiconFile(fileText([{ ...regime, note: padding(2_000_000) }]), labels).ok).toBe(
      true,
    );
    expect(errorOf(fileText([{ ...regime, note: padding(3_000_000) }]))).toMatch(
      /^The file is 5\.7 MB; lexicon files can be at most 5\.0 MB\.$/,
    );
  });
});

describe('lexiconFileName', () => {
  test('uses the local date, zero-padded', () => {
    expect(lexiconFileName(new Date(2024, 8, 3, 23, 59))).toBe('framelens-lexicon-2024-09-03.json');
  });
});

describe('diffLexicon', () => {
  test('counts new, changed, removed and unchanged entries by id', () => {
    const current = [terrorist, regime, { ...regime, id: 'lx-gone' }];
    const incoming = [
      terrorist, // unchanged
      { ...regime, forms: ['regime', 'regimes'] }, // changed
      { ...regime, id: 'lx-new' }, // new
    ];
    expect(diffLexicon(current, incoming)).toEqual({
      total: 3,
      added: 1,
      changed: 1,
      removed: 1,
      unchanged: 1,
    });
  });

  test('a reordered form list counts as a change; an identical lexicon as none', () => {
    expect(
      diffLexicon([terrorist], [{ ...terrorist, forms: ['terrorists', 'terrorist'] }]),
    ).toEqual({ total: 1, added: 0, changed: 1, removed: 0, unchanged: 0 });
    expect(diffLexicon([terrorist, regime], [regime, terrorist])).toEqual({
      total: 2,
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 2,
    });
  });
});

describe('the entry form', () => {
  const draft: LexiconEntryDraft = {
    pattern: ' Assad regime ',
    forms: 'Assad regime\nAssad’s regime, assad regime\n\n , regime of Assad',
    labelId: 'actor-label',
    valence: '-2',
    canonical: 'Assad regime',
    note: ' Government named by its leader. ',
  };

  test('splitForms splits on lines and commas, trims, drops blanks and case-insensitive repeats', () => {
    expect(splitForms('a, b\n c ,,\nA\n\n  d  e ')).toEqual(['a', 'b', 'c', 'd e']);
    expect(splitForms('  \n , ')).toEqual([]);
  });

  test('a valid draft becomes an entry', () => {
    expect(validateLexiconEntry(draft, labels)).toEqual({
      ok: true,
      entry: {
        pattern: 'Assad regime',
        forms: ['Assad regime', 'Assad’s regime', 'regime of Assad'],
        labelId: 'actor-label',
        valence: -2,
        canonical: 'Assad regime',
        note: 'Government named by its leader.',
      },
    });
  });

  test('every field is checked at once', () => {
    expect(
      validateLexiconEntry(
        { pattern: ' ', forms: ' , ', labelId: 'gone', valence: '3', canonical: '', note: '' },
        labels,
      ),
    ).toEqual({
      ok: false,
      errors: {
        pattern: 'Type the pattern.',
        forms: 'Add at least one form (one per line or comma-separated).',
        labelId: 'Choose a label of the codebook.',
        valence: 'Valence must be an integer from -2 to 2.',
        canonical: 'Type the canonical form used in the summary.',
      },
    });
  });

  test('valence must be a whole number in range', () => {
    for (const valence of ['', '1.5', 'x', '-3']) {
      const result = validateLexiconEntry({ ...draft, valence }, labels);
      expect(result.ok ? null : result.errors.valence).toBe(
        'Valence must be an integer from -2 to 2.',
      );
    }
  });
});
