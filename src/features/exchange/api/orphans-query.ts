import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOrphans, queryKeys } from '../../../db';

/** Orphans live in the meta table, so meta writes (imports, re-attaching) refresh them. */
export const orphansQueryOptions = () =>
  queryOptions({
    queryKey: [...queryKeys.meta, 'orphans'] as const,
    queryFn: () => listOrphans(),
  });

export function useOrphans() {
  return useQuery(orphansQueryOptions());
}
