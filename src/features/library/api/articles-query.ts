import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listArticles } from '../../../db';

export const articlesQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('articles', 'list'), queryFn: () => listArticles() });

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
