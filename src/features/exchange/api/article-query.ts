import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArticle, queryKeys } from '../../../db';

/** One article with its text (to find the words an orphan is re-attached to). */
export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.article(id), queryFn: () => getArticle(id) });

export function useArticle(id: string | null) {
  return useQuery({ ...articleQueryOptions(id ?? ''), enabled: id !== null && id !== '' });
}
