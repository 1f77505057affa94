import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listOutlets } from '../../../db';

const outletsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('outlets'), queryFn: () => listOutlets() });

/** Every outlet this library knows, by name. */
export function useKnownOutlets() {
  return useQuery(outletsQueryOptions());
}
