import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { announceRestore, type TableCounts } from '../../../db';
import { errorText, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../ui/error-text';
import { callImportWorker, progressCallback } from '../../../workers/import-client';
import { storageStatusQueryOptions } from './storage-query';
import type {
  ImportProgress,
  PrepareRestoreResult,
  RestorePreview,
} from '../../../workers/import-protocol';

/**
 * Restoring a backup in three steps: the file is checked in the import worker (nothing is
 * written), the person confirms what it replaces, then every table is replaced in one
 * transaction.
 */
export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'confirm'; preview: RestorePreview }
  | { step: 'restoring'; preview: RestorePreview; progress: ImportProgress | null }
  | { step: 'done'; counts: TableCounts };

export function useRestoreBackup() {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const current = useRef<RestoreState>(state);
  const queryClient = useQueryClient();
  const update = useCallback((next: RestoreState) => {
    current.current = next;
    setState(next);
  }, []);

  const choose = useCallback(
    async (file: File) => {
      update({ step: 'checking', fileName: file.name });
      try {
        const result = await callImportWorker<PrepareRestoreResult>((api) =>
          api.prepareRestore(file),
        );
        if (result.ok) update({ step: 'confirm', preview: result.preview });
        else update({ step: 'failed', fileName: file.name, message: result.error.message });
      } catch (error) {
        update({ step: 'failed', fileName: file.name, message: errorText(error) });
      }
    },
    [update],
  );

  const cancel = useCallback(() => {
    const now = current.current;
    if (now.step === 'confirm') void callImportWorker((api) => api.discardRestore(now.preview.id));
    update({ step: 'idle' });
  }, [update]);

  const confirm = useCallback(async () => {
    const now = current.current;
    if (now.step !== 'confirm') return;
    const { preview } = now;
    update({ step: 'restoring', preview, progress: null });
    try {
      const counts = await callImportWorker<TableCounts>((api) =>
        api.commitRestore(
          preview.id,
          progressCallback((progress) => {
            if (current.current.step === 'restoring') {
              update({ step: 'restoring', preview, progress });
            }
          }),
        ),
      );
      update({ step: 'done', counts });
      announceRestore();
      // The change feed refreshes every view of the data; the storage estimate is not data.
      void queryClient.invalidateQueries({ queryKey: storageStatusQueryOptions().queryKey });
    } catch (error) {
      update({
        step: 'failed',
        fileName: preview.fileName,
        message: isQuotaError(error)
          ? STORAGE_FULL_MESSAGE
          : `The restore failed and nothing was changed (${errorText(error)}).`,
      });
    }
  }, [queryClient, update]);

  return { state, choose, cancel, confirm };
}
