import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, listOrphans } from '../../../db';

/** Orphans live in the meta table, so meta writes (imports, re-attaching) refresh them. */
export const orphansQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('meta', 'orphans'),
    queryFn: () => listOrphans(),
  });

export function useOrphans() {
  return useQuery(orphansQueryOptions());
}
