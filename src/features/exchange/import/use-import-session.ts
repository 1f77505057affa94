import { thrownMessage } from '../../../domain/thrown-message';
import { useCallback, useRef, useState } from 'react';
import type { ImportDecisions, ImportOutcome } from '../../../db';
import type { ImportPreview } from '../../../domain/exchange/plan/import-preview';
import type { DoccanoOffsetUnits } from '../../../domain/exchange/doccano-units';
import { isQuotaError, STORAGE_FULL_MESSAGE } from '../../../ui/error-text';
import {
  callImportWorker,
  IMPORT_WORKER_STOPPED,
  progressCallback,
  stopImportWorker,
} from '../../../workers/import-client';
import {
  IMPORT_CANCELLED_MESSAGE,
  type ImportProgress,
  type PrepareImportResult,
} from '../../../workers/import-protocol';

/**
 * One import, step by step: the file is read, checked and planned in the worker (cancel stops
 * the worker), the preview waits for the person, then the plan is written in one transaction
 * (cancel aborts it: nothing is written).
 */
export type ImportState =
  | { step: 'idle' }
  | { step: 'preparing'; fileName: string; progress: ImportProgress | null }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'preview'; id: string; preview: ImportPreview; decisions: ImportDecisions }
  | {
      step: 'writing';
      id: string;
      preview: ImportPreview;
      decisions: ImportDecisions;
      progress: ImportProgress | null;
      cancelling: boolean;
    }
  | { step: 'done'; preview: ImportPreview; outcome: ImportOutcome }
  | { step: 'cancelled'; fileName: string; message: string };

export function useImportSession() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // Each run has a token: results of a run that was replaced or cancelled are ignored.
  const run = useRef(0);
  const current = useRef<ImportState>(state);
  const update = useCallback((next: ImportState) => {
    current.current = next;
    setState(next);
  }, []);

  // The file being previewed, to read it again in another offset unit.
  const chosenFile = useRef<File | null>(null);

  const prepare = useCallback(
    async (file: File, units?: DoccanoOffsetUnits) => {
      const before = current.current;
      if (before.step === 'preparing') stopImportWorker();
      if (before.step === 'preview') void callImportWorker((api) => api.discardImport(before.id));
      const token = ++run.current;
      update({ step: 'preparing', fileName: file.name, progress: null });
      // Progress comes through its own message port, so a last report may arrive after the
      // result: once the result is in, reports are ignored.
      let settled = false;
      try {
        const result = await callImportWorker<PrepareImportResult>((api) =>
          api.prepareImport(
            file,
            progressCallback((progress) => {
              if (!settled && run.current === token) {
                update({ step: 'preparing', fileName: file.name, progress });
              }
            }),
            units ? { doccanoOffsetUnits: units } : {},
          ),
        );
        settled = true;
        if (run.current !== token) return;
        if (!result.ok) {
          update({ step: 'failed', fileName: file.name, message: result.error.message });
          return;
        }
        // Read again in another unit: the person's label choices still stand.
        const kept = units && before.step === 'preview' ? before.decisions.labels : {};
        const labels = Object.fromEntries(
          result.preview.unknownLabels.map((label) => [label.key, kept[label.key] ?? 'add']),
        );
        update({ step: 'preview', id: result.id, preview: result.preview, decisions: { labels } });
      } catch (error) {
        settled = true;
        if (run.current !== token) return;
        const message = thrownMessage(error);
        if (message === IMPORT_WORKER_STOPPED) return;
        update({
          step: 'failed',
          fileName: file.name,
          message: `The file could not be read: ${message}`,
        });
      }
    },
    [update],
  );

  const choose = useCallback(
    (file: File) => {
      chosenFile.current = file;
      return prepare(file);
    },
    [prepare],
  );

  /** Reads the previewed doccano file again with its offsets in the unit the person chose. */
  const chooseUnits = useCallback(
    (units: DoccanoOffsetUnits) => {
      const file = chosenFile.current;
      if (current.current.step !== 'preview' || !file) return;
      void prepare(file, units);
    },
    [prepare],
  );

  const decide = useCallback(
    (key: string, choice: 'add' | 'skip') => {
      const now = current.current;
      if (now.step !== 'preview') return;
      update({ ...now, decisions: { labels: { ...now.decisions.labels, [key]: choice } } });
    },
    [update],
  );

  const commit = useCallback(async () => {
    const now = current.current;
    if (now.step !== 'preview' || now.preview.offsetUnits?.needsChoice) return;
    const token = ++run.current;
    const { id, preview, decisions } = now;
    update({ step: 'writing', id, preview, decisions, progress: null, cancelling: false });
    try {
      const outcome = await callImportWorker((api) =>
        api.commitImport(
          id,
          decisions,
          progressCallback((progress) => {
            const latest = current.current;
            if (run.current === token && latest.step === 'writing') update({ ...latest, progress });
          }),
        ),
      );
      if (run.current === token) update({ step: 'done', preview, outcome });
    } catch (error) {
      if (run.current !== token) return;
      const message = thrownMessage(error);
      if (message === IMPORT_CANCELLED_MESSAGE || message === IMPORT_WORKER_STOPPED) {
        update({
          step: 'cancelled',
          fileName: preview.fileName,
          message: IMPORT_CANCELLED_MESSAGE,
        });
      } else {
        update({
          step: 'failed',
          fileName: preview.fileName,
          message: isQuotaError(error)
            ? STORAGE_FULL_MESSAGE
            : `Nothing was imported: the write failed (${message}).`,
        });
      }
    }
  }, [update]);

  const cancel = useCallback(() => {
    const now = current.current;
    if (now.step === 'preparing') {
      run.current++;
      stopImportWorker();
      update({
        step: 'cancelled',
        fileName: now.fileName,
        message: 'Stopped reading the file: nothing was imported.',
      });
    } else if (now.step === 'writing' && !now.cancelling) {
      update({ ...now, cancelling: true });
      void callImportWorker((api) => api.cancelImport(now.id));
    }
  }, [update]);

  const reset = useCallback(() => {
    const now = current.current;
    if (now.step === 'preview') void callImportWorker((api) => api.discardImport(now.id));
    run.current++;
    update({ step: 'idle' });
  }, [update]);

  return { state, choose, chooseUnits, decide, commit, cancel, reset };
}
