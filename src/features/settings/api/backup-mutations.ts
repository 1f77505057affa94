import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createBackup, getLastBackupAt, markBackupTaken, queryKeys } from '../../../db';
import { datedFileName, downloadBlob } from '../../../ui/download-file';

export const lastBackupQueryOptions = () =>
  queryOptions({ queryKey: [...queryKeys.meta, 'last-backup'], queryFn: () => getLastBackupAt() });

export function useLastBackupAt() {
  return useQuery(lastBackupQueryOptions());
}

/** Downloads the whole database as one file and records when. */
export function useDownloadBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const json = await createBackup();
      downloadBlob(new Blob([json], { type: 'application/json' }), datedFileName('backup', 'json'));
      await markBackupTaken();
      return json.length;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meta }),
  });
}
