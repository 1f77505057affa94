import type { PersonalLexiconEntry, SuggestionFeedback } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

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
