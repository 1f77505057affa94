import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActiveCodebook } from '../repositories/codebook-repository';
import { keyUnder } from '../query-keys';

/*
 * Queries several features read live here, each with its hook, so that every feature reads
 * (and the change feed refreshes) the same cache entry.
 */

export const codebookQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('codebooks'), queryFn: () => getActiveCodebook() });

export function useCodebook() {
  return useQuery(codebookQueryOptions());
}
