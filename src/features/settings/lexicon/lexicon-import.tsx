import { useRef, useState, type ChangeEvent } from 'react';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToast } from '../../../ui/toast-context';
import {
  discardFile,
  prepareFile,
  READING_STOPPED,
  stopReading,
} from '../../../workers/intake/intake-client';
import type { LexiconPreview } from '../../../workers/intake/intake-protocol';
import { useReplaceLexicon } from '../api/lexicon-mutations';
import { errorText } from '../../../ui/error-text';

interface LexiconImportProps {
  /** A file that cannot be imported, in words; null clears the last message. */
  onProblem: (message: string | null) => void;
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString('en')} ${value === 1 ? one : many}`;
}

/**
 * Choose a file → the import worker checks it and compares it with the stored lexicon →
 * preview what changes → confirm → replace, all or nothing. Checking can be cancelled.
 */
export function LexiconImport({ onProblem }: LexiconImportProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const replace = useReplaceLexicon();
  const toast = useToast();
  const [checking, setChecking] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [pending, setPending] = useState<LexiconPreview | null>(null);
  const run = useRef(0);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) triggers a new read.
    input.value = '';
    if (!file) return;
    onProblem(null);
    setCancelled(null);
    setChecking(file.name);
    const token = ++run.current;
    try {
      const result = await prepareFile(file, 'lexicon');
      if (run.current !== token) {
        if (result.ok) discardFile(result.preview.id);
        return;
      }
      if (result.ok) setPending(result.preview);
      else onProblem(`Nothing was imported from “${file.name}”: ${result.error.message}`);
    } catch (error) {
      if (run.current !== token) return;
      const message = errorText(error);
      if (message === READING_STOPPED) setCancelled(file.name);
      else onProblem(`Could not read “${file.name}”: ${message}`);
    } finally {
      if (run.current === token) setChecking(null);
    }
  };

  const cancelChecking = () => {
    if (checking === null) return;
    run.current += 1;
    stopReading();
    setCancelled(checking);
    setChecking(null);
  };

  const dismiss = () => {
    if (pending) discardFile(pending.id);
    setPending(null);
  };

  const confirm = async () => {
    if (!pending || replace.isPending) return;
    try {
      await replace.mutateAsync(pending.id);
      toast.show({
        message: `Imported ${count(pending.diff.total, 'entry', 'entries')} from “${pending.fileName}”.`,
        tone: 'success',
      });
    } catch (error) {
      const message = `Nothing was imported: ${errorText(error)}`;
      onProblem(message);
      toast.show({ message, tone: 'error' });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <Button onClick={() => inputRef.current?.click()} disabled={checking !== null}>
        Import lexicon…
      </Button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Lexicon file to import"
        tabIndex={-1}
        className="sr-only"
        onChange={(event) => void readFile(event)}
      />
      {checking !== null && (
        <span className="flex items-center gap-2" data-testid="lexicon-import-checking">
          <progress aria-label="Checking the lexicon file" className="h-2 w-24 accent-slate-700" />
          <span role="status" className="text-sm text-slate-700">
            Checking “{checking}”…
          </span>
          <Button onClick={cancelChecking}>Cancel</Button>
        </span>
      )}
      {cancelled !== null && checking === null && (
        <span
          role="status"
          className="text-sm text-slate-700"
          data-testid="lexicon-import-cancelled"
        >
          Checking “{cancelled}” was cancelled: nothing was imported.
        </span>
      )}
      {pending && (
        <ConfirmDialog
          open
          title="Replace the lexicon?"
          confirmLabel={replace.isPending ? 'Replacing…' : 'Replace lexicon'}
          onConfirm={() => void confirm()}
          onCancel={dismiss}
        >
          <p>
            “{pending.fileName}” holds {count(pending.diff.total, 'entry', 'entries')}:
          </p>
          <ul className="my-2 list-inside list-disc" data-testid="lexicon-import-preview">
            <li>{count(pending.diff.added, 'new entry', 'new entries')}</li>
            <li>{count(pending.diff.changed, 'changed entry', 'changed entries')}</li>
            <li>{count(pending.diff.unchanged, 'unchanged entry', 'unchanged entries')}</li>
            <li>
              {count(pending.diff.removed, 'entry', 'entries')} of the current lexicon removed
            </li>
          </ul>
          <p>
            The whole lexicon is replaced in one step. Export the current one first if you may want
            it back.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
