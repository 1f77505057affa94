import type { QueryClient } from '@tanstack/react-query';
import { keysToInvalidate } from '../db';

/**
 * What a committed change of `tables` does to the cache. A query on screen is read again in
 * place. A query no view shows is dropped instead of marked stale: otherwise the next view to
 * open it would first show the data from before the change (a score, a count, "Missed 0")
 * and correct itself a moment later.
 */
export function refreshAfterChange(queryClient: QueryClient, tables: Iterable<string>): void {
  for (const queryKey of keysToInvalidate(tables)) {
    queryClient.removeQueries({ queryKey, type: 'inactive' });
    void queryClient.invalidateQueries({ queryKey });
  }
}
