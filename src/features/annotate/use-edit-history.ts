import { useCallback, useEffect, useRef, useState } from 'react';
import {
  afterRedo,
  afterUndo,
  dropStepsTouching,
  emptyHistory,
  recordStep,
  redoExpects,
  redoWrites,
  undoExpects,
  undoWrites,
  type AnnotationChange,
  type EditHistory,
  type HistoryStep,
} from '../../domain/annotations/edit-history';
import type { Annotation } from '../../domain/types';
import { useToast } from '../../ui/toast-context';
import { createBackup, onRestoredElsewhere, type AnnotationPatch } from '../../db';
import { datedFileName, downloadBlob } from '../../ui/download-file';
import { errorText, isQuotaError, STORAGE_FULL_MESSAGE } from '../../ui/error-text';
import { usePatchAnnotation, useSaveAnnotationsIfUnchanged } from './api/save-annotations-mutation';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export type PatchOutcome = 'saved' | 'changed-elsewhere' | 'failed';

/**
 * Every change to annotations goes through here: it is written to IndexedDB first, and only
 * then recorded as an undoable step and reported as saved. A failed write says so and changes
 * nothing on screen.
 */
export function useEditHistory(articleId: string) {
  const saveIfUnchanged = useSaveAnnotationsIfUnchanged(articleId);
  const patch = usePatchAnnotation(articleId);
  const toast = useToast();
  const [history, setHistory] = useState<EditHistory>(emptyHistory);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const busy = useRef(false);

  // The history is this tab's: once a restore has replaced the database it refers to nothing.
  useEffect(
    () =>
      onRestoredElsewhere(() => {
        setHistory(emptyHistory);
        toast.show({
          message: 'A backup was restored in another tab: undo history cleared.',
          durationMs: 0,
        });
      }),
    [toast],
  );

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
                  message: `The backup failed too: ${errorText(backupError)}`,
                  tone: 'error',
                }),
              );
          },
        },
      });
    },
    [toast],
  );

  /**
   * Writes `writes` only if the records of `expected` are still stored in those states; when
   * another tab (an import, a restore) changed one since, nothing is written and the person is
   * told. Null when the write failed or was refused.
   */
  const checkedWrite = useCallback(
    async (
      expected: Annotation[],
      writes: Annotation[],
      refused: string,
    ): Promise<{ written: Annotation[] } | { changedIds: string[] } | null> => {
      setSaveState('saving');
      try {
        const outcome = await saveIfUnchanged.mutateAsync({ expected, writes });
        if (outcome.ok) {
          setSaveState('saved');
          return { written: outcome.written };
        }
        setSaveState('idle');
        toast.show({
          message: `${refused}: ${outcome.changedIds.length === 1 ? 'the annotation was' : 'the annotations were'} changed in another tab (or by an import or restore) meanwhile.`,
          durationMs: 0,
        });
        return { changedIds: outcome.changedIds };
      } catch (error) {
        setSaveState('failed');
        reportWriteFailure(error);
        return null;
      }
    },
    [saveIfUnchanged, toast, reportWriteFailure],
  );

  /** Records a step; its earlier states must still be the stored ones (never a stale write). */
  const apply = useCallback(
    async (description: string, changes: AnnotationChange[]): Promise<Annotation[] | null> => {
      if (changes.length === 0) return [];
      const expected = changes.flatMap((change) => (change.before ? [change.before] : []));
      const outcome = await checkedWrite(
        expected,
        changes.map((change) => change.after),
        `Not saved (${description})`,
      );
      if (!outcome || !('written' in outcome)) return null;
      const { written } = outcome;
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
    [checkedWrite],
  );

  /**
   * Edits fields of one annotation on top of what is stored now (another tab may have changed
   * others). With `expected`, writes only while those fields still hold the given values.
   */
  const applyPatch = useCallback(
    async (
      description: string,
      id: string,
      fields: AnnotationPatch,
      expected: AnnotationPatch = {},
    ): Promise<PatchOutcome> => {
      setSaveState('saving');
      try {
        const outcome = await patch.mutateAsync({ id, patch: fields, expected });
        if (!outcome.ok) {
          setSaveState('idle');
          return 'changed-elsewhere';
        }
        setSaveState('saved');
        setHistory((current) =>
          recordStep(current, {
            description,
            changes: [{ before: outcome.before, after: outcome.after }],
          }),
        );
        return 'saved';
      } catch (error) {
        setSaveState('failed');
        reportWriteFailure(error);
        return 'failed';
      }
    },
    [patch, reportWriteFailure],
  );

  /**
   * Undoes or redoes a step only if its records are still as this tab left them; otherwise the
   * steps on those records are dropped, and nothing is written over the other change.
   */
  const replay = useCallback(
    async (step: HistoryStep, direction: 'undo' | 'redo'): Promise<boolean> => {
      const outcome =
        direction === 'undo'
          ? await checkedWrite(undoExpects(step), undoWrites(step), 'Not undone')
          : await checkedWrite(redoExpects(step), redoWrites(step), 'Not redone');
      if (!outcome) return false;
      if ('changedIds' in outcome) {
        setHistory((current) => dropStepsTouching(current, outcome.changedIds));
        return false;
      }
      setHistory(direction === 'undo' ? afterUndo : afterRedo);
      return true;
    },
    [checkedWrite],
  );

  const undo = useCallback(async () => {
    const step = history.past.at(-1);
    if (!step || busy.current) return null;
    busy.current = true;
    try {
      return (await replay(step, 'undo')) ? step : null;
    } finally {
      busy.current = false;
    }
  }, [history, replay]);

  const redo = useCallback(async () => {
    const step = history.future[0];
    if (!step || busy.current) return null;
    busy.current = true;
    try {
      return (await replay(step, 'redo')) ? step : null;
    } finally {
      busy.current = false;
    }
  }, [history, replay]);

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
