import type { Actor, Label } from '../../domain/types';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import { Button } from '../../ui/button';
import { KeyHint } from './keys/key-hint';
import { TargetHint } from './keys/target-hint';

interface Props {
  suggestion: Suggestion;
  text: string;
  labels: Label[];
  actors: Actor[];
  onAccept: () => void;
  onReject: () => void;
  /** Where the suggestion comes from (the lexicon unless said otherwise). */
  heading?: string;
  /** T was pressed: the keys that pick the target are shown. */
  awaitingTarget: boolean;
}

export function SuggestionCard({
  suggestion,
  text,
  labels,
  actors,
  onAccept,
  onReject,
  heading = 'Suggestion from the lexicon',
  awaitingTarget,
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
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700">
        Change before accepting:{' '}
        <span>
          label <KeyHint>1–9</KeyHint>
        </span>
        <span>
          target <KeyHint>T</KeyHint>
        </span>
        <span>
          voice <KeyHint>O</KeyHint> <KeyHint>Q</KeyHint> <KeyHint>A</KeyHint>
        </span>
        <span>
          valence <KeyHint>−</KeyHint> <KeyHint>+</KeyHint>
        </span>
      </p>
      {awaitingTarget && <TargetHint actors={actors} />}
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
