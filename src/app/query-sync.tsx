import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchTableChanges } from '../db';
import { refreshAfterChange } from './refresh-after-change';

/**
 * The one place queries are invalidated: once per committed change of a table, in this tab or
 * another, every query that depends on it is read again, or dropped when no view shows it.
 * Mutations do not invalidate by hand (that made each of this tab's writes be read twice).
 * See docs/decisions/0002-one-refresh.md.
 */
export function QuerySync() {
  const queryClient = useQueryClient();
  useEffect(
    () => watchTableChanges((tables) => refreshAfterChange(queryClient, tables)),
    [queryClient],
  );
  return null;
}
