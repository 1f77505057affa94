import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addCorpusArticles, queryKeys, type CorpusArticleInput } from '../../../db';

export function useAddCorpusArticles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inputs: CorpusArticleInput[]) => addCorpusArticles(inputs),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
      await queryClient.invalidateQueries({ queryKey: queryKeys.outlets });
    },
  });
}
