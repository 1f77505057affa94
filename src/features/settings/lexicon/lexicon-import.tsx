import { useRef, useState, type ChangeEvent } from 'react';
import {
  checkLexiconFileSize,
  diffLexicon,
  parseLexiconFile,
  type LexiconDiff,
} from '../../../domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToast } from '../../../ui/toast-context';
import { useReplaceLexicon } from '../api/lexicon-mutations';
import { errorMessage } from '../error-message';

interface PendingImport {
  fileName: string;
  entries: LexiconEntry[];
  diff: LexiconDiff;
}

interface LexiconImportProps {
  current: readonly LexiconEntry[];
  labelIds: readonly string[];
  /** A file that cannot be imported, in words; null clears the last message. */
  onProblem: (message: string | null) => void;
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString('en')} ${value === 1 ? one : many}`;
}

/** Choose a file → validate → preview what changes → confirm → replace, all or nothing. */
export function LexiconImport({ current, labelIds, onProblem }: LexiconImportProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const replace = useReplaceLexicon();
  const toast = useToast();
  const [pending, setPending] = useState<PendingImport | null>(null);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) triggers a new read.
    input.value = '';
    if (!file) return;
    onProblem(null);
    const tooBig = checkLexiconFileSize(file.size);
    if (tooBig) {
      onProblem(`Nothing was imported from “${file.name}”: ${tooBig}`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      onProblem(`Could not read “${file.name}”: ${errorMessage(error)}`);
      return;
    }
    const parsed = parseLexiconFile(text, labelIds);
    if (!parsed.ok) {
      onProblem(`Nothing was imported from “${file.name}”: ${parsed.error}`);
      return;
    }
    setPending({
      fileName: file.name,
      entries: parsed.entries,
      diff: diffLexicon(current, parsed.entries),
    });
  };

  const confirm = async () => {
    if (!pending || replace.isPending) return;
    try {
      await replace.mutateAsync(pending.entries);
      toast.show({
        message: `Imported ${count(pending.entries.length, 'entry', 'entries')} from “${pending.fileName}”.`,
        tone: 'success',
      });
    } catch (error) {
      const message = `Nothing was imported: ${errorMessage(error)}`;
      onProblem(message);
      toast.show({ message, tone: 'error' });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <Button onClick={() => inputRef.current?.click()}>Import lexicon…</Button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Lexicon file to import"
        tabIndex={-1}
        className="sr-only"
        onChange={(event) => void readFile(event)}
      />
      {pending && (
        <ConfirmDialog
          open
          title="Replace the lexicon?"
          confirmLabel={replace.isPending ? 'Replacing…' : 'Replace lexicon'}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
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
