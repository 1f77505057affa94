import { useEffect, useId, useState, type DragEvent } from 'react';
import { onClassroomFiles, takeClassroomFiles } from '../../../ui/pending-files';
import { Button } from '../../../ui/button';
import { ErrorLine } from '../../../ui/alert';
import type { ClassroomOutcome } from '../../../workers/classroom/classroom-protocol';
import { NameDialog } from '../name-dialog';
import { OpenPreview } from './open-preview';
import { describeOutcome } from './open-summary';
import { useOpenFiles, type OpenState } from './use-open-files';

function progressText(state: OpenState): string {
  if (state.step === 'reading') {
    return (
      state.progress?.message ?? `Reading ${state.total} ${state.total === 1 ? 'file' : 'files'}…`
    );
  }
  if (state.step === 'writing') return state.progress?.message ?? 'Writing…';
  return '';
}

function ProgressLine({ state, onCancel }: { state: OpenState; onCancel?: () => void }) {
  const progress = state.step === 'reading' || state.step === 'writing' ? state.progress : null;
  const determinate = progress !== null && progress.total > 0;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <progress
        aria-label="Opening classroom files"
        max={determinate ? progress.total : undefined}
        value={determinate ? progress.done : undefined}
        className="h-2 w-48"
      />
      <span role="status" className="text-sm text-slate-700">
        {progressText(state)}
      </span>
      {onCancel && (
        <Button onClick={onCancel} className="ml-auto">
          Cancel
        </Button>
      )}
    </div>
  );
}

/** The file input and drop zone for assignment, hand-in and feedback files, and what follows. */
export function OpenFilesPanel({ onOpened }: { onOpened: (outcome: ClassroomOutcome) => void }) {
  const inputId = useId();
  const session = useOpenFiles(onOpened);
  const { open } = session;
  const [dragging, setDragging] = useState(false);
  const { state } = session;

  useEffect(() => {
    const waiting = takeClassroomFiles();
    if (waiting.length > 0) open(waiting);
    return onClassroomFiles(() => {
      const handed = takeClassroomFiles();
      if (handed.length > 0) open(handed);
    });
  }, [open]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) open(files);
  };

  return (
    <div className="flex flex-col gap-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`flex flex-col gap-1 rounded-md border-2 border-dashed p-4 ${dragging ? 'border-blue-600 bg-blue-50' : 'border-slate-300'}`}
      >
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
          Open classroom files
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          disabled={state.step === 'reading' || state.step === 'writing'}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) open(files);
          }}
          className="block w-full max-w-md text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-slate-800 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-white"
        />
        <p id={`${inputId}-hint`} className="text-xs text-slate-500">
          Assignment, hand-in (submission) and feedback files — choose or drop several at once.
        </p>
      </div>
      {state.step === 'reading' && <ProgressLine state={state} onCancel={session.cancel} />}
      {state.step === 'writing' && <ProgressLine state={state} />}
      {state.step === 'preview' && (
        <OpenPreview
          preview={state.preview}
          busy={false}
          onOpen={(skipBroken) => void session.commit(skipBroken)}
          onCancel={session.cancel}
        />
      )}
      {state.step === 'done' && (
        <p role="status" className="text-sm text-green-800">
          {describeOutcome(state.outcome)}
        </p>
      )}
      {state.step === 'failed' && <ErrorLine>{state.message}</ErrorLine>}
      <NameDialog {...session.nameDialog} />
    </div>
  );
}
