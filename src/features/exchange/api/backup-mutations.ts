import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createBackup, dismissBackupReminder, markBackupTaken, queryKeys } from '../../../db';
import { datedFileName, downloadBlob } from '../../../ui/download-file';

/** Downloads the whole database as one file and records when (as Settings → Your data does). */
export function useDownloadBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const json = await createBackup();
      downloadBlob(new Blob([json], { type: 'application/json' }), datedFileName('backup', 'json'));
      await markBackupTaken();
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meta }),
  });
}

export function useDismissBackupReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dismissBackupReminder(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meta }),
  });
}
