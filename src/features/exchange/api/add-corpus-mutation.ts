import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../db';
import { commitFile } from '../../../workers/intake/intake-client';
import type { CorpusChoice } from '../../../workers/intake/intake-protocol';

/** Adds the chosen articles of files the intake pipeline has read, in one transaction. */
export function useAddCorpusArticles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fileIds, articles }: { fileIds: string[]; articles: CorpusChoice[] }) =>
      commitFile<'corpus'>(fileIds, { intake: 'corpus', articles }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
      await queryClient.invalidateQueries({ queryKey: queryKeys.outlets });
    },
  });
}
