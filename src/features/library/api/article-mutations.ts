import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  deleteArticle,
  queryKeys,
  undoDeleteArticle,
  updateArticleMetadata,
  type DeletedArticle,
} from '../../../db';
import type { ArticleMetadataInput } from '../../../domain/article-input';

function useInvalidateArticles() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
    await queryClient.invalidateQueries({ queryKey: queryKeys.outlets });
    await queryClient.invalidateQueries({ queryKey: queryKeys.annotations });
  };
}

export function useUpdateArticleMetadata() {
  const onSuccess = useInvalidateArticles();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ArticleMetadataInput }) =>
      updateArticleMetadata(id, input),
    onSuccess,
  });
}

export function useDeleteArticle() {
  const onSuccess = useInvalidateArticles();
  return useMutation({ mutationFn: (id: string) => deleteArticle(id), onSuccess });
}

export function useUndoDeleteArticle() {
  const onSuccess = useInvalidateArticles();
  return useMutation({
    mutationFn: (deleted: DeletedArticle) => undoDeleteArticle(deleted),
    onSuccess,
  });
}
