import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listArticles } from '../../../db';

/** The library's articles (cards and outlet names), for the picker and the assignment views. */
export const classroomArticlesQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('articles', 'list'), queryFn: () => listArticles() });

export function useClassroomArticles() {
  return useQuery(classroomArticlesQueryOptions());
}
