import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { dependentKeysByTable, watchTableChanges } from '../db';

/** Invalidates the queries that depend on a table whenever it changes, in this tab or another. */
export function QuerySync() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchTableChanges((tables) => {
        for (const table of tables) {
          for (const queryKey of dependentKeysByTable[table] ?? []) {
            void queryClient.invalidateQueries({ queryKey });
          }
        }
      }),
    [queryClient],
  );
  return null;
}
