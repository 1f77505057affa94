import { useRef, useState, type ChangeEvent } from 'react';
import { checkLexiconFileSize, parseLexiconFile } from '../../../domain/lexicon/lexicon-file';
import type { LexiconEntry } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { useToast } from '../../../ui/toast-context';
import { useImportPersonalTerms } from '../api/personal-terms-mutations';

interface YourTermsImportProps {
  labelIds: readonly string[];
  /** A file that cannot be imported, in words; null clears the last message. */
  onProblem: (message: string | null) => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function outcomeMessage(fileName: string, added: number, extended: number): string {
  if (added === 0 && extended === 0) return `Your terms already hold every term of “${fileName}”.`;
  const parts = [plural(added, 'new term', 'new terms')];
  if (extended > 0) parts.push(`new forms for ${plural(extended, 'term', 'terms')}`);
  return `Imported from “${fileName}”: ${parts.join(' and ')}.`;
}

/**
 * A lexicon file (for instance one exported here) read into your terms: every entry checked
 * first, then all written in one step — or nothing. A term you already have (same canonical
 * form and label) gains the forms it lacked instead of appearing twice.
 */
export function YourTermsImport({ labelIds, onProblem }: YourTermsImportProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const importTerms = useImportPersonalTerms();
  const toast = useToast();
  const [reading, setReading] = useState(false);

  const readEntries = async (file: File): Promise<LexiconEntry[] | null> => {
    const tooBig = checkLexiconFileSize(file.size);
    const parsed = tooBig
      ? ({ ok: false, error: tooBig } as const)
      : parseLexiconFile(await file.text(), labelIds);
    if (parsed.ok) return parsed.entries;
    onProblem(`Nothing was imported from “${file.name}”: ${parsed.error}`);
    return null;
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    onProblem(null);
    setReading(true);
    try {
      const entries = await readEntries(file);
      if (!entries) return;
      const { added, extended } = await importTerms.mutateAsync(entries);
      toast.show({ message: outcomeMessage(file.name, added, extended), tone: 'success' });
    } catch (error) {
      onProblem(`Nothing was imported from “${file.name}”: ${errorText(error)}`);
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <Button onClick={() => inputRef.current?.click()} disabled={reading}>
        {reading ? 'Importing…' : 'Import terms…'}
      </Button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        aria-label="Terms file to import"
        tabIndex={-1}
        className="sr-only"
        onChange={(event) => void importFile(event)}
      />
    </>
  );
}
