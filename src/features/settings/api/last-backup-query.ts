import { queryOptions, useQuery } from '@tanstack/react-query';
import { getLastBackupAt, keyUnder } from '../../../db';

export const lastBackupQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('meta', 'last-backup'), queryFn: () => getLastBackupAt() });

export function useLastBackupAt() {
  return useQuery(lastBackupQueryOptions());
}
