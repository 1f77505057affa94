import { mergePersonalTerms } from '../../domain/suggestions/personal-layer';
import type {
  LexiconEntry,
  PersonalLexiconEntry,
  PersonalTermOrigin,
  SuggestionFeedback,
} from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { newId, nowIso } from '../ids';

export async function listPersonalLexicon(
  database: FrameLensDatabase = defaultDb,
): Promise<PersonalLexiconEntry[]> {
  const entries = await database.personalLexicon.toArray();
  return entries.sort((a, b) => a.canonical.localeCompare(b.canonical));
}

/** Adds (or replaces, by id) terms of the personal layer in one transaction. */
export async function addPersonalTerms(
  entries: readonly PersonalLexiconEntry[],
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.personalLexicon.bulkPut([...entries]);
}

export async function deletePersonalTerm(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.personalLexicon.delete(id);
}

export async function listSuggestionFeedback(
  annotatorId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<SuggestionFeedback[]> {
  return database.suggestionFeedback.where('annotatorId').equals(annotatorId).toArray();
}

/** Counts one accepted or rejected suggestion of `entryId` for `annotatorId`. */
export async function recordSuggestionFeedback(
  annotatorId: string,
  entryId: string,
  outcome: 'accepted' | 'rejected',
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.suggestionFeedback, async () => {
    const current = await database.suggestionFeedback.get([annotatorId, entryId]);
    await database.suggestionFeedback.put({
      annotatorId,
      entryId,
      accepted: (current?.accepted ?? 0) + (outcome === 'accepted' ? 1 : 0),
      rejected: (current?.rejected ?? 0) + (outcome === 'rejected' ? 1 : 0),
      updatedAt: new Date().toISOString(),
    });
  });
}

/** Counts every accepted suggestion of one "accept all" (an entry once per suggestion). */
export async function recordAcceptedSuggestions(
  annotatorId: string,
  entryIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  const counts = new Map<string, number>();
  for (const entryId of entryIds) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  const keys = [...counts.keys()].map((entryId): [string, string] => [annotatorId, entryId]);
  await database.transaction('rw', database.suggestionFeedback, async () => {
    const stored = await database.suggestionFeedback.bulkGet(keys);
    const updatedAt = new Date().toISOString();
    await database.suggestionFeedback.bulkPut(
      [...counts].map(([entryId, count], index) => ({
        annotatorId,
        entryId,
        accepted: (stored[index]?.accepted ?? 0) + count,
        rejected: stored[index]?.rejected ?? 0,
        updatedAt,
      })),
    );
  });
}

/** "Offer again": the entry's feedback is forgotten, so it ranks as if never judged. */
export async function forgetSuggestionFeedback(
  annotatorId: string,
  entryId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.suggestionFeedback.delete([annotatorId, entryId]);
}

/**
 * Adds terms to the personal layer in one transaction, merged with what it holds (see
 * `mergePersonalTerms`): the person's own terms are never replaced. Returns how many terms
 * were added and how many gained forms.
 */
export async function mergeIntoPersonalLexicon(
  entries: readonly LexiconEntry[],
  origin: PersonalTermOrigin,
  database: FrameLensDatabase = defaultDb,
): Promise<{ added: number; extended: number }> {
  return database.transaction('rw', database.personalLexicon, async () => {
    const existing = await database.personalLexicon.toArray();
    const writes = mergePersonalTerms(existing, entries, { origin, addedAt: nowIso(), newId });
    await database.personalLexicon.bulkPut(writes);
    const existingIds = new Set(existing.map((entry) => entry.id));
    const extended = writes.filter((entry) => existingIds.has(entry.id)).length;
    return { added: writes.length - extended, extended };
  });
}
