import { useMutation, useQueryClient } from '@tanstack/react-query';
import { db, queryKeys, restoreSampleArticles } from '../../../db';

export function useRestoreSampleArticles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => restoreSampleArticles(db),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
      await queryClient.invalidateQueries({ queryKey: queryKeys.outlets });
    },
  });
}
