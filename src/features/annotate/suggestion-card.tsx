import type { Actor, Label } from '../../domain/types';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import { Button } from '../../ui/button';

interface Props {
  suggestion: Suggestion;
  text: string;
  labels: Label[];
  actors: Actor[];
  onAccept: () => void;
  onReject: () => void;
  /** Where the suggestion comes from (the lexicon unless said otherwise). */
  heading?: string;
}

export function SuggestionCard({
  suggestion,
  text,
  labels,
  actors,
  onAccept,
  onReject,
  heading = 'Suggestion from the lexicon',
}: Props) {
  const label = labels.find((candidate) => candidate.id === suggestion.labelId);
  const actor = actors.find((candidate) => candidate.id === suggestion.target);
  return (
    <section
      aria-label="Suggestion"
      className="flex flex-col gap-2 rounded-md border border-dashed border-slate-500 bg-white p-3"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{heading}</p>
      <p className="font-serif text-base" dir="auto">
        “<bdi data-testid="suggestion-quote">{text.slice(suggestion.start, suggestion.end)}</bdi>”
      </p>
      <p className="text-sm text-slate-700">
        {label?.name ?? suggestion.labelId} · {actor ? actor.name : 'no particular actor'} ·{' '}
        {suggestion.voice} · valence {suggestion.valence > 0 ? '+' : ''}
        {suggestion.valence}
      </p>
      <div className="flex gap-2">
        <Button variant="primary" onClick={onAccept} aria-keyshortcuts="Enter">
          Accept <kbd className="font-mono text-xs opacity-80">Enter</kbd>
        </Button>
        <Button onClick={onReject} aria-keyshortcuts="Backspace">
          Reject <kbd className="font-mono text-xs opacity-70">⌫</kbd>
        </Button>
      </div>
    </section>
  );
}
