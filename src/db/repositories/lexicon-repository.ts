import type { LexiconEntry } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

export async function listLexicon(
  database: FrameLensDatabase = defaultDb,
): Promise<LexiconEntry[]> {
  const entries = await database.lexicon.toArray();
  return entries.sort(
    (a, b) => a.canonical.localeCompare(b.canonical) || a.pattern.localeCompare(b.pattern),
  );
}

export async function saveLexiconEntry(
  entry: LexiconEntry,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.lexicon.put(entry);
}

export async function deleteLexiconEntry(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.lexicon.delete(id);
}

/** Replaces the whole lexicon in one transaction (a validated import). */
export async function replaceLexicon(
  entries: LexiconEntry[],
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.lexicon, async () => {
    await database.lexicon.clear();
    await database.lexicon.bulkAdd(entries);
  });
}
