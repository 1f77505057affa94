import { useMutation } from '@tanstack/react-query';
import { createBackup, markBackupTaken } from '../db';
import { datedFileName, downloadBlob } from './download-file';

/**
 * Downloads the whole database as one file and records when (Settings → Your data, Restore, and
 * the backup reminder). Resolves to the file's length in characters. It lives here, not with the
 * shared queries in src/db/queries, because it saves a file through the browser and src/db
 * depends on nothing but src/domain.
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
