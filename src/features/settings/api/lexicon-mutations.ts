import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteLexiconEntry, queryKeys, replaceLexicon, saveLexiconEntry } from '../../../db';
import type { LexiconEntry } from '../../../domain/types';

function useInvalidateLexicon() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.lexicon });
}

export function useSaveLexiconEntry() {
  const onSuccess = useInvalidateLexicon();
  return useMutation({
    mutationFn: async (entry: LexiconEntry) => {
      await saveLexiconEntry(entry);
      return entry;
    },
    onSuccess,
  });
}

export function useDeleteLexiconEntry() {
  const onSuccess = useInvalidateLexicon();
  return useMutation({
    mutationFn: async (entry: LexiconEntry) => {
      await deleteLexiconEntry(entry.id);
      return entry;
    },
    onSuccess,
  });
}

export function useReplaceLexicon() {
  const onSettled = useInvalidateLexicon();
  return useMutation({
    mutationFn: (entries: LexiconEntry[]) => replaceLexicon(entries),
    onSettled,
  });
}
