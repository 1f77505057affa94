import { queryOptions, useQuery } from '@tanstack/react-query';
import { listTextHashes, queryKeys } from '../../../db';

/** The stored articles' text hashes: a corpus file whose text is among them is a duplicate. */
export const textHashesQueryOptions = () =>
  queryOptions({
    queryKey: [...queryKeys.articles, 'text-hashes'] as const,
    queryFn: () => listTextHashes(),
  });

export function useTextHashes() {
  return useQuery(textHashesQueryOptions());
}
