import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { keyUnder, listArticleTexts } from '../../../db';

export const articleTextsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('articles', 'texts'), queryFn: () => listArticleTexts() });

/** Texts are read only once someone searches: a large library opens without them. */
export function useArticleTexts(enabled: boolean) {
  return useQuery({ ...articleTextsQueryOptions(), enabled });
}

/** Starts reading the texts early (e.g. when the search box gets focus). */
export function usePrefetchArticleTexts(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.prefetchQuery(articleTextsQueryOptions());
}
