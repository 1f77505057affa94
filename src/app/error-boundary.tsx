import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { createBackup, markBackupTaken } from '../db';
import { AlertBox } from '../ui/alert';
import { datedFileName, downloadBlob } from '../ui/download-file';
import { errorText } from '../ui/error-text';

/** Works even when the rest of the app has crashed: it talks to the database directly. */
function BackupButton() {
  const [state, setState] = useState<'idle' | 'working' | 'done' | string>('idle');
  const download = async () => {
    setState('working');
    try {
      const json = await createBackup();
      downloadBlob(new Blob([json], { type: 'application/json' }), datedFileName('backup', 'json'));
      await markBackupTaken();
      setState('done');
    } catch (error) {
      setState(`The backup failed: ${errorText(error)}`);
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-red-400 bg-white px-3 py-1.5"
        onClick={() => void download()}
        disabled={state === 'working'}
      >
        {state === 'working' ? 'Preparing…' : 'Download a backup'}
      </button>
      {state === 'done' && <span>Backup downloaded.</span>}
      {state !== 'idle' && state !== 'working' && state !== 'done' && <span>{state}</span>}
    </span>
  );
}

interface Props {
  /** What failed, shown to the person ("this page", "the annotation panel"). */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a crash in one area from blanking the whole app. Stored data is untouched. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`FrameLens: ${this.props.area} crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <AlertBox className="m-4 p-4">
        <p className="font-semibold">Something went wrong in {this.props.area}.</p>
        <p className="mt-1">
          Your stored articles and annotations are safe. Details: {this.state.error.message}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            className="rounded-md border border-red-400 bg-white px-3 py-1.5"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
          <BackupButton />
        </div>
      </AlertBox>
    );
  }
}
