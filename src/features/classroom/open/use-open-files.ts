import { useCallback, useRef, useState } from 'react';
import { classroomKindOf } from '../../../domain/classroom/classroom-files';
import { thrownMessage } from '../../../domain/thrown-message';
import type {
  ClassroomOutcome,
  ClassroomPreview,
  ClassroomProgress,
} from '../../../workers/classroom/classroom-protocol';
import { errorText } from '../../../ui/error-text';
import { IMPORT_WORKER_STOPPED, stopImportWorker } from '../../../workers/import-client';
import {
  commitClassroomFiles,
  discardClassroomFiles,
  prepareClassroomFiles,
} from '../../../workers/classroom/classroom-client';
import { useNameGate } from '../../../ui/use-name-gate';

/** Opening a batch of classroom files: read and checked, previewed, written at once or not. */
export type OpenState =
  | { step: 'idle' }
  | { step: 'reading'; progress: ClassroomProgress | null; total: number }
  | { step: 'preview'; id: string; preview: ClassroomPreview }
  | { step: 'writing'; preview: ClassroomPreview; progress: ClassroomProgress | null }
  | { step: 'done'; outcome: ClassroomOutcome }
  | { step: 'failed'; message: string };

async function holdsAssignment(files: readonly File[]): Promise<boolean> {
  const heads = await Promise.all(files.map((file) => file.slice(0, 4096).text()));
  return heads.some((head) => classroomKindOf(head) === 'assignment');
}

export function useOpenFiles(onOpened: (outcome: ClassroomOutcome) => void) {
  const [state, setState] = useState<OpenState>({ step: 'idle' });
  const current = useRef<OpenState>(state);
  const run = useRef(0);
  const { withName, dialog: nameDialog } = useNameGate();
  const update = useCallback((next: OpenState) => {
    current.current = next;
    setState(next);
  }, []);

  const prepare = useCallback(
    async (files: File[]) => {
      const token = ++run.current;
      update({ step: 'reading', progress: null, total: files.length });
      const report = (progress: ClassroomProgress) => {
        if (run.current === token && current.current.step === 'reading') {
          update({ step: 'reading', progress, total: files.length });
        }
      };
      try {
        const result = await prepareClassroomFiles(files, report);
        if (run.current !== token) return;
        if (!result.ok) update({ step: 'failed', message: result.error });
        else update({ step: 'preview', id: result.id, preview: result.preview });
      } catch (error) {
        if (run.current !== token || thrownMessage(error) === IMPORT_WORKER_STOPPED) return;
        update({ step: 'failed', message: `The files could not be read: ${errorText(error)}` });
      }
    },
    [update],
  );

  const open = useCallback(
    (files: File[]) => {
      const before = current.current;
      if (before.step === 'reading' || before.step === 'writing') return;
      if (before.step === 'preview') void discardClassroomFiles(before.id);
      void holdsAssignment(files).then((asksName) => {
        if (asksName) withName(() => void prepare(files));
        else void prepare(files);
      });
    },
    [withName, prepare],
  );

  const commit = useCallback(
    async (skipBroken: boolean) => {
      const now = current.current;
      if (now.step !== 'preview') return;
      const token = ++run.current;
      update({ step: 'writing', preview: now.preview, progress: null });
      const report = (progress: ClassroomProgress) => {
        if (run.current === token && current.current.step === 'writing') {
          update({ step: 'writing', preview: now.preview, progress });
        }
      };
      try {
        const outcome = await commitClassroomFiles(now.id, { skipBroken }, report);
        if (run.current !== token) return;
        update({ step: 'done', outcome });
        onOpened(outcome);
      } catch (error) {
        if (run.current !== token) return;
        update({ step: 'failed', message: `Nothing was opened: ${errorText(error)}` });
      }
    },
    [update, onOpened],
  );

  const cancel = useCallback(() => {
    const now = current.current;
    run.current += 1;
    if (now.step === 'reading') stopImportWorker();
    if (now.step === 'preview') void discardClassroomFiles(now.id);
    update({ step: 'idle' });
  }, [update]);

  return { state, open, commit, cancel, nameDialog };
}
