import { useState } from 'react';
import { findNext } from '../../../domain/text/find-next';
import type { Span } from '../../../domain/text/graphemes';
import type { Label } from '../../../domain/types';
import { inputClass } from '../../../ui/field';
import { KeyHint } from './key-hint';

interface Props {
  text: string;
  /** Where the search starts: just after the caret's words. */
  from: number;
  labels: Label[];
  onFound: (span: Span) => void;
  /** A label key once words are found: label them (the box closes). */
  onLabel: (labelId: string) => void;
  onClose: () => void;
}

/**
 * The find box (/): type a few letters, Enter selects the next occurrence in the text (Enter
 * again the one after); then a label number labels it, and Esc closes, keeping the selection.
 */
export function FindBox({ text, from, labels, onFound, onLabel, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; span: Span } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const showingMatch = found !== null && found.query === query;

  const findAgain = () => {
    const span = findNext(text, query, showingMatch ? found.span.end : from);
    setMissing(span || query.trim() === '' ? null : query);
    if (!span) return;
    setFound({ query, span });
    onFound(span);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const label = /^[1-9]$/.test(event.key)
      ? labels.find((candidate) => candidate.key === event.key)
      : undefined;
    if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter') findAgain();
    else if (label && showingMatch) onLabel(label.id);
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="search"
      aria-label="Find in the text"
      className="fixed left-1/2 top-3 z-40 flex w-[min(28rem,calc(100vw-1.5rem))] -translate-x-1/2 flex-col gap-1 rounded-md border border-slate-400 bg-white p-2 shadow-lg"
    >
      <label className="flex items-center gap-2 text-sm font-medium">
        Find
        <input
          autoFocus
          className={`${inputClass} flex-1`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="find-box-hint"
        />
      </label>
      <p id="find-box-hint" className="text-xs text-slate-700">
        <KeyHint>Enter</KeyHint> next ·{' '}
        {showingMatch && (
          <>
            <KeyHint>1–9</KeyHint> label it ·{' '}
          </>
        )}
        <KeyHint>Esc</KeyHint> close
      </p>
      <p role="status" className="text-xs text-red-800">
        {missing !== null && `“${missing}” is not in the text.`}
      </p>
    </div>
  );
}
