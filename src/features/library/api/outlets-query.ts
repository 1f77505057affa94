import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listOutlets } from '../../../db';

export const outletsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('outlets'), queryFn: () => listOutlets() });

export function useOutlets() {
  return useQuery(outletsQueryOptions());
}
