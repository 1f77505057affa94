import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addArticle, queryKeys } from '../../../db';
import type { NewArticleInput } from '../../../domain/article-input';

export function useAddArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewArticleInput) => addArticle(input, 'paste'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
      await queryClient.invalidateQueries({ queryKey: queryKeys.outlets });
    },
  });
}
