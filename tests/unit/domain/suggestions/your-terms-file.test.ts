import { expect, test } from 'vitest';
import {
  parseLexiconFile,
  serializeLexiconFile,
} from '../../../../src/domain/lexicon/lexicon-file';
import type { PersonalLexiconEntry } from '../../../../src/domain/types';

const LABELS = ['actor-label', 'loaded-language'];

const mine: PersonalLexiconEntry = {
  id: 'p-1',
  pattern: 'hooligans',
  forms: ['hooligan', 'hooligans'],
  labelId: 'actor-label',
  valence: -2,
  canonical: 'hooligan',
  note: 'for the football riot lesson',
  source: 'Marked by hand',
  origin: 'marked',
  addedAt: '2026-12-07T09:00:00.000Z',
};

test('an exported terms file carries origin and date, and reads back as lexicon entries with their source', () => {
  const text = serializeLexiconFile([mine]);
  const json = JSON.parse(text) as { format: string; entries: Record<string, unknown>[] };
  expect(json.format).toBe('framelens-lexicon');
  expect(json.entries[0]).toMatchObject({ origin: 'marked', addedAt: '2026-12-07T09:00:00.000Z' });

  const parsed = parseLexiconFile(text, LABELS);
  expect(parsed).toEqual({
    ok: true,
    entries: [
      {
        id: 'p-1',
        pattern: 'hooligans',
        forms: ['hooligan', 'hooligans'],
        labelId: 'actor-label',
        valence: -2,
        canonical: 'hooligan',
        note: 'for the football riot lesson',
        source: 'Marked by hand',
      },
    ],
  });
});

test('a terms file with a bad entry is refused whole, naming the entry', () => {
  const text = serializeLexiconFile([mine, { ...mine, id: 'p-2', valence: 5 }]);
  expect(parseLexiconFile(text, LABELS)).toEqual({
    ok: false,
    error: 'entries[1].valence must be an integer from -2 to 2',
  });
});
