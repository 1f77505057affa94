import { useCallback, useRef, useState } from 'react';
import {
  afterRedo,
  afterUndo,
  emptyHistory,
  recordStep,
  redoWrites,
  undoWrites,
  type AnnotationChange,
  type EditHistory,
} from '../../domain/annotations/edit-history';
import type { Annotation } from '../../domain/types';
import { useToast } from '../../ui/toast-context';
import { createBackup, type AnnotationPatch } from '../../db';
import { datedFileName, downloadBlob } from '../../ui/download-file';
import { errorText, isQuotaError, STORAGE_FULL_MESSAGE } from '../../ui/error-text';
import { usePatchAnnotation, useSaveAnnotations } from './api/save-annotations-mutation';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Every change to annotations goes through here: it is written to IndexedDB first, and only
 * then recorded as an undoable step and reported as saved. A failed write says so and changes
 * nothing on screen.
 */
export function useEditHistory(articleId: string) {
  const save = useSaveAnnotations(articleId);
  const patch = usePatchAnnotation(articleId);
  const toast = useToast();
  const [history, setHistory] = useState<EditHistory>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const busy = useRef(false);

  // A failed write (a full disk, a revoked permission) is said plainly, with a way to save
  // everything stored so far.
  const reportWriteFailure = useCallback(
    (error: unknown) => {
      toast.show({
        message: isQuotaError(error)
          ? `Not saved: your last change was not stored. ${STORAGE_FULL_MESSAGE}`
          : `Not saved: ${errorText(error)}. Your last change was not stored.`,
        tone: 'error',
        action: {
          label: 'Download a backup',
          onAction: () => {
            void createBackup()
              .then((json) =>
                downloadBlob(
                  new Blob([json], { type: 'application/json' }),
                  datedFileName('backup', 'json'),
                ),
              )
              .catch((backupError: unknown) =>
                toast.show({
                  message: `The backup failed too: ${String(backupError)}`,
                  tone: 'error',
                }),
              );
          },
        },
      });
    },
    [toast],
  );

  const write = useCallback(
    async (annotations: Annotation[]): Promise<Annotation[] | null> => {
      setSaveState('saving');
      try {
        const written = await save.mutateAsync(annotations);
        setSaveState('saved');
        return written;
      } catch (error) {
        setSaveState('failed');
        reportWriteFailure(error);
        return null;
      }
    },
    [save, reportWriteFailure],
  );

  const apply = useCallback(
    async (description: string, changes: AnnotationChange[]): Promise<Annotation[] | null> => {
      if (changes.length === 0) return [];
      const written = await write(changes.map((change) => change.after));
      if (!written) return null;
      setHistory((current) =>
        recordStep(current, {
          description,
          changes: changes.map((change, index) => ({
            before: change.before,
            after: written[index] ?? change.after,
          })),
        }),
      );
      return written;
    },
    [write],
  );

  /** Edits fields of one annotation on top of what is stored now (another tab may have changed others). */
  const applyPatch = useCallback(
    async (description: string, id: string, fields: AnnotationPatch): Promise<boolean> => {
      setSaveState('saving');
      try {
        const change = await patch.mutateAsync({ id, patch: fields });
        setSaveState('saved');
        setHistory((current) => recordStep(current, { description, changes: [change] }));
        return true;
      } catch (error) {
        setSaveState('failed');
        reportWriteFailure(error);
        return false;
      }
    },
    [patch, reportWriteFailure],
  );

  const undo = useCallback(async () => {
    const step = history.past.at(-1);
    if (!step || busy.current) return null;
    busy.current = true;
    try {
      const written = await write(undoWrites(step));
      if (written) setHistory(afterUndo);
      return written ? step : null;
    } finally {
      busy.current = false;
    }
  }, [history, write]);

  const redo = useCallback(async () => {
    const step = history.future[0];
    if (!step || busy.current) return null;
    busy.current = true;
    try {
      const written = await write(redoWrites(step));
      if (written) setHistory(afterRedo);
      return written ? step : null;
    } finally {
      busy.current = false;
    }
  }, [history, write]);

  return {
    apply,
    applyPatch,
    undo,
    redo,
    saveState,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undoLabel: history.past.at(-1)?.description,
    redoLabel: history.future[0]?.description,
  };
}
