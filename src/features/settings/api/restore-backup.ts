import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { announceRestore, type TableCounts } from '../../../db';
import { errorText, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../ui/error-text';
import {
  cancelFile,
  commitFile,
  discardFile,
  INTAKE_CANCELLED_MESSAGE,
  prepareFile,
  READING_STOPPED,
  stopReading,
} from '../../../workers/intake/intake-client';
import type { IntakeProgress, RestorePreview } from '../../../workers/intake/intake-protocol';
import { storageStatusQueryOptions } from './storage-query';

/**
 * Restoring a backup in three steps: the file is checked in the import worker's intake
 * pipeline (nothing is written), the person confirms what it replaces, then every table is
 * replaced in one transaction. Cancel works while checking and while restoring.
 */
export type RestoreState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; progress: IntakeProgress | null }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'confirm'; preview: RestorePreview }
  | { step: 'restoring'; preview: RestorePreview; progress: IntakeProgress | null }
  | { step: 'cancelled'; fileName: string }
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
      const checking: RestoreState = { step: 'checking', fileName: file.name, progress: null };
      update(checking);
      const stillChecking = () =>
        current.current.step === 'checking' && current.current.fileName === file.name;
      try {
        const result = await prepareFile(file, 'backup', (progress) => {
          if (stillChecking()) update({ step: 'checking', fileName: file.name, progress });
        });
        if (!stillChecking()) {
          if (result.ok) discardFile(result.preview.id);
          return;
        }
        if (result.ok) update({ step: 'confirm', preview: result.preview });
        else update({ step: 'failed', fileName: file.name, message: result.error.message });
      } catch (error) {
        if (!stillChecking()) return;
        update({ step: 'failed', fileName: file.name, message: errorText(error) });
      }
    },
    [update],
  );

  const cancel = useCallback(() => {
    const now = current.current;
    if (now.step === 'checking') {
      stopReading();
      update({ step: 'cancelled', fileName: now.fileName });
      return;
    }
    if (now.step === 'restoring') {
      cancelFile(now.preview.id);
      return;
    }
    if (now.step === 'confirm') discardFile(now.preview.id);
    update({ step: 'idle' });
  }, [update]);

  const confirm = useCallback(async () => {
    const now = current.current;
    if (now.step !== 'confirm') return;
    const { preview } = now;
    update({ step: 'restoring', preview, progress: null });
    try {
      const counts = await commitFile<'backup'>([preview.id], { intake: 'backup' }, (progress) => {
        if (current.current.step === 'restoring') {
          update({ step: 'restoring', preview, progress });
        }
      });
      update({ step: 'done', counts });
      announceRestore();
      // The change feed refreshes every view of the data; the storage estimate is not data.
      void queryClient.invalidateQueries({ queryKey: storageStatusQueryOptions().queryKey });
    } catch (error) {
      const message = errorText(error);
      if (message === INTAKE_CANCELLED_MESSAGE || message === READING_STOPPED) {
        update({ step: 'cancelled', fileName: preview.fileName });
        return;
      }
      update({
        step: 'failed',
        fileName: preview.fileName,
        message: isQuotaError(error)
          ? STORAGE_FULL_MESSAGE
          : `The restore failed and nothing was changed (${message}).`,
      });
    }
  }, [queryClient, update]);

  return { state, choose, cancel, confirm };
}
