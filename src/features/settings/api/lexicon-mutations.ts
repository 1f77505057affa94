import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteLexiconEntry, queryKeys, saveLexiconEntry } from '../../../db';
import type { LexiconEntry } from '../../../domain/types';
import { commitFile } from '../../../workers/intake/intake-client';

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

/** Replaces the lexicon with a file the intake pipeline has checked (by its id). */
export function useReplaceLexicon() {
  const onSettled = useInvalidateLexicon();
  return useMutation({
    mutationFn: (fileId: string) => commitFile<'lexicon'>([fileId], { intake: 'lexicon' }),
    onSettled,
  });
}
