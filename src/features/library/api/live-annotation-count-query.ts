import { queryOptions, useQuery } from '@tanstack/react-query';
import { countLiveAnnotations, keyUnder } from '../../../db';

export const liveAnnotationCountQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'live-count', articleId),
    queryFn: () => countLiveAnnotations(articleId),
  });

/** Asked per row on screen, so a large library does not count every annotation to open. */
export function useLiveAnnotationCount(articleId: string, enabled = true) {
  return useQuery({ ...liveAnnotationCountQueryOptions(articleId), enabled });
}
