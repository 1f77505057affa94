import { useMutation } from '@tanstack/react-query';
import { deleteLexiconEntry, saveLexiconEntry } from '../../../db';
import type { LexiconEntry } from '../../../domain/types';
import { commitFile } from '../../../workers/intake/intake-client';

export function useSaveLexiconEntry() {
  return useMutation({
    mutationFn: async (entry: LexiconEntry) => {
      await saveLexiconEntry(entry);
      return entry;
    },
  });
}

export function useDeleteLexiconEntry() {
  return useMutation({
    mutationFn: async (entry: LexiconEntry) => {
      await deleteLexiconEntry(entry.id);
      return entry;
    },
  });
}

/** Replaces the lexicon with a file the intake pipeline has checked (by its id). */
export function useReplaceLexicon() {
  return useMutation({
    mutationFn: (fileId: string) => commitFile<'lexicon'>([fileId], { intake: 'lexicon' }),
  });
}
