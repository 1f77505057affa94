import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArticle } from '../repositories/articles-repository';
import { keyUnder } from '../query-keys';

/** One article with its text. */
export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: keyUnder('articles', 'detail', id), queryFn: () => getArticle(id) });

/** Reads nothing while `id` is null or empty (nothing chosen yet). */
export function useArticle(id: string | null) {
  return useQuery({ ...articleQueryOptions(id ?? ''), enabled: id !== null && id !== '' });
}
