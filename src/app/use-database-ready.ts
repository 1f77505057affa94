import { useQuery } from '@tanstack/react-query';
import { db, ensureSeeded } from '../db';

/** Opens the database and loads the sample corpus on first run (once, whatever the tab count). */
export function useDatabaseReady() {
  return useQuery({
    queryKey: ['database-ready'],
    queryFn: async () => {
      await ensureSeeded(db);
      return true;
    },
    staleTime: Infinity,
    retry: false,
  });
}
