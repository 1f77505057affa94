import { afterEach, beforeEach, expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import {
  addPersonalTerms,
  forgetSuggestionFeedback,
  listPersonalLexicon,
  listSuggestionFeedback,
  mergeIntoPersonalLexicon,
  recordAcceptedSuggestions,
  recordSuggestionFeedback,
} from '../../../src/db/repositories/personal-lexicon-repository';
import type { LexiconEntry } from '../../../src/domain/types';

let database: FrameLensDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  database = new FrameLensDatabase(`personal-lexicon-test-${counter}`);
  await database.open();
});

afterEach(async () => {
  await database.delete();
});

const term = (canonical: string, forms: string[], labelId = 'actor-label'): LexiconEntry => ({
  id: `file-${canonical}`,
  pattern: canonical,
  forms,
  labelId,
  valence: -2,
  canonical,
  note: '',
});

test('"accept all" counts each accepted suggestion of an entry', async () => {
  await recordSuggestionFeedback('ann', 'mob', 'rejected', database);
  await recordAcceptedSuggestions('ann', ['mob', 'thugs', 'mob'], database);
  const rows = await listSuggestionFeedback('ann', database);
  const counts = rows.map((row) => [row.entryId, row.accepted, row.rejected]).sort();
  // mob: one rejection before, then two of the three accepted suggestions; thugs: one.
  expect(counts).toEqual([
    ['mob', 2, 1],
    ['thugs', 1, 0],
  ]);
});

test('feedback is per annotator, and "Offer again" forgets one entry of one annotator', async () => {
  await recordSuggestionFeedback('ann', 'mob', 'rejected', database);
  await recordSuggestionFeedback('ann', 'thugs', 'rejected', database);
  await recordSuggestionFeedback('bob', 'mob', 'rejected', database);
  await forgetSuggestionFeedback('ann', 'mob', database);
  expect((await listSuggestionFeedback('ann', database)).map((row) => row.entryId)).toEqual([
    'thugs',
  ]);
  expect((await listSuggestionFeedback('bob', database)).map((row) => row.entryId)).toEqual([
    'mob',
  ]);
});

test('merging terms adds new ones and extends known ones, never replacing them', async () => {
  await addPersonalTerms(
    [{ ...term('thug', ['thug']), id: 'mine', origin: 'marked', addedAt: '2026-12-01T00:00:00Z' }],
    database,
  );
  const outcome = await mergeIntoPersonalLexicon(
    [term('thug', ['thug', 'thugs']), term('hooligan', ['hooligan'])],
    'assignment',
    database,
  );
  expect(outcome).toEqual({ added: 1, extended: 1 });
  const stored = await listPersonalLexicon(database);
  expect(stored.map((row) => [row.canonical, row.forms, row.origin])).toEqual([
    ['hooligan', ['hooligan'], 'assignment'],
    ['thug', ['thug', 'thugs'], 'marked'],
  ]);
  expect(stored.find((row) => row.canonical === 'thug')?.id).toBe('mine');
});
