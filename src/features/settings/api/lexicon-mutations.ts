import { useMutation } from '@tanstack/react-query';
import { deleteLexiconEntry, replaceLexicon, saveLexiconEntry } from '../../../db';
import type { LexiconEntry } from '../../../domain/types';

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

export function useReplaceLexicon() {
  return useMutation({ mutationFn: (entries: LexiconEntry[]) => replaceLexicon(entries) });
}
