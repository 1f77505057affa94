import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArticle, queryKeys } from '../../../db';

export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.article(id), queryFn: () => getArticle(id) });

export function useArticle(id: string) {
  return useQuery(articleQueryOptions(id));
}
