import { describe, expect, test } from 'vitest';
import { parseLexiconFile, serializeLexiconFile } from '../../../src/domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../../src/domain/types';

const rioters: LexiconEntry = {
  id: 'lx-rioter',
  pattern: 'rioters',
  forms: ['rioters', 'rioter'],
  labelId: 'actor-label',
  valence: -2,
  canonical: 'rioters',
  note: 'Names protesters by violence.',
  source: 'AP Stylebook: "riot"',
};

describe('a lexicon file keeps where each entry came from', () => {
  test('the source survives export and import', () => {
    const text = serializeLexiconFile([rioters]);
    expect(parseLexiconFile(text, ['actor-label'])).toEqual({ ok: true, entries: [rioters] });
  });

  test('an entry without a source stays without one; a source that is not text is refused', () => {
    const unsourced: LexiconEntry = { ...rioters };
    delete unsourced.source;
    const text = serializeLexiconFile([unsourced]);
    expect(parseLexiconFile(text, ['actor-label'])).toEqual({ ok: true, entries: [unsourced] });
    const bad = JSON.stringify({
      format: 'framelens-lexicon',
      version: 1,
      entries: [{ ...rioters, source: 7 }],
    });
    expect(parseLexiconFile(bad, ['actor-label'])).toEqual({
      ok: false,
      error: 'entries[0].source must be a string',
    });
  });
});
