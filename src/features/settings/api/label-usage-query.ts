import { queryOptions, useQuery } from '@tanstack/react-query';
import { countAnnotationsWithLabel, keyUnder } from '../../../db';

/** Under the annotations root, so that any annotation write refreshes the count. */
export const labelUsageQueryOptions = (labelId: string) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'count-by-label', labelId),
    queryFn: () => countAnnotationsWithLabel(labelId),
    staleTime: 0,
  });

export function useLabelUsage(labelId: string) {
  return useQuery(labelUsageQueryOptions(labelId));
}
