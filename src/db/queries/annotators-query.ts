import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getAnnotatorState } from '../repositories/annotators-repository';
import { keyUnder } from '../query-keys';

export const annotatorsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('annotators'), queryFn: () => getAnnotatorState() });

export function useAnnotators() {
  return useQuery(annotatorsQueryOptions());
}

/**
 * Reads who is annotating, waiting for the stored answer if it has not arrived yet, or for the
 * refresh a change (e.g. just naming oneself) has started.
 */
export function useLoadAnnotators() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.fetchQuery(annotatorsQueryOptions()), [queryClient]);
}
