import { queryOptions, useQuery } from '@tanstack/react-query';
import { listArticleAnnotations, queryKeys } from '../../../db';

export const articleAnnotationsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: [...queryKeys.annotations, 'article', articleId],
    queryFn: () => listArticleAnnotations(articleId),
  });

export function useArticleAnnotations(articleId: string) {
  return useQuery(articleAnnotationsQueryOptions(articleId));
}
