import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listTextHashes } from '../../../db';

/** The stored articles' text hashes: a corpus file whose text is among them is a duplicate. */
export const textHashesQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('articles', 'text-hashes'),
    queryFn: () => listTextHashes(),
  });

export function useTextHashes() {
  return useQuery(textHashesQueryOptions());
}
