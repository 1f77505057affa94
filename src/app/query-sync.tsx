import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keysToInvalidate, watchTableChanges } from '../db';

/**
 * The one place queries are invalidated: once per committed change of a table, in this tab or
 * another, every query that depends on it is read again. Mutations do not invalidate by hand
 * (that made each of this tab's writes be read twice). See docs/decisions/0002-one-refresh.md.
 */
export function QuerySync() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchTableChanges((tables) => {
        for (const queryKey of keysToInvalidate(tables)) {
          void queryClient.invalidateQueries({ queryKey });
        }
      }),
    [queryClient],
  );
  return null;
}
