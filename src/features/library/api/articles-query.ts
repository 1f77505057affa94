import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listArticles } from '../../../db';

export const articlesQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('articles', 'list'), queryFn: () => listArticles() });

/** `enabled: false` holds the read back (a list already read is still given). */
export function useArticles(enabled = true) {
  return useQuery({ ...articlesQueryOptions(), enabled });
}
