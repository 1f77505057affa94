import { useMutation } from '@tanstack/react-query';
import {
  deleteArticle,
  undoDeleteArticle,
  updateArticleMetadata,
  type DeletedArticle,
} from '../../../db';
import type { ArticleMetadataInput } from '../../../domain/article-input';

export function useUpdateArticleMetadata() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ArticleMetadataInput }) =>
      updateArticleMetadata(id, input),
  });
}

export function useDeleteArticle() {
  return useMutation({ mutationFn: (id: string) => deleteArticle(id) });
}

export function useUndoDeleteArticle() {
  return useMutation({ mutationFn: (deleted: DeletedArticle) => undoDeleteArticle(deleted) });
}
