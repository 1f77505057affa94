import { queryOptions, useQuery } from '@tanstack/react-query';
import { countAnnotationsWithLabel, queryKeys } from '../../../db';

/** Under the annotations root, so that any annotation write refreshes the count. */
export const labelUsageQueryOptions = (labelId: string) =>
  queryOptions({
    queryKey: [...queryKeys.annotations, 'count-by-label', labelId] as const,
    queryFn: () => countAnnotationsWithLabel(labelId),
    staleTime: 0,
  });

export function useLabelUsage(labelId: string) {
  return useQuery(labelUsageQueryOptions(labelId));
}
