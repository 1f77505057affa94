import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listArticleAnnotations } from '../../../db';

export const articleAnnotationsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'article', articleId),
    queryFn: () => listArticleAnnotations(articleId),
  });

export function useArticleAnnotations(articleId: string) {
  return useQuery(articleAnnotationsQueryOptions(articleId));
}
