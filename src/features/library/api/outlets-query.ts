import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOutlets, queryKeys } from '../../../db';

export const outletsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.outlets, queryFn: () => listOutlets() });

export function useOutlets() {
  return useQuery(outletsQueryOptions());
}
