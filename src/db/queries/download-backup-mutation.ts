import { useMutation } from '@tanstack/react-query';
import { datedFileName, downloadBlob } from '../../ui/download-file';
import { createBackup, markBackupTaken } from '../backup';

/**
 * Downloads the whole database as one file and records when (Settings → Your data, Restore, and
 * the backup reminder). Resolves to the file's length in characters.
 */
export function useDownloadBackup() {
  return useMutation({
    mutationFn: async () => {
      const json = await createBackup();
      downloadBlob(new Blob([json], { type: 'application/json' }), datedFileName('backup', 'json'));
      await markBackupTaken();
      return json.length;
    },
  });
}
