import { queryOptions, useQuery } from '@tanstack/react-query';
import { listArticles, queryKeys } from '../../../db';

export const articlesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.articleList(), queryFn: () => listArticles() });

export function useArticles() {
  return useQuery(articlesQueryOptions());
}
