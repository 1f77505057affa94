import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import type { Actor, Label } from '../../../domain/types';
import { Button } from '../../../ui/button';

interface Props {
  suggestion: Suggestion;
  labels: Label[];
  actors: Actor[];
  onAccept: () => void;
  onReject: () => void;
}

/** What a suggestion proposes, with finger-sized Accept and Reject. */
export function SheetSuggestion({ suggestion, labels, actors, onAccept, onReject }: Props) {
  const label = labels.find((candidate) => candidate.id === suggestion.labelId);
  const actor = actors.find((candidate) => candidate.id === suggestion.target);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        Suggested: {label?.name ?? suggestion.labelId} ·{' '}
        {actor ? actor.name : 'no particular actor'} · {suggestion.voice} · valence{' '}
        {suggestion.valence > 0 ? '+' : ''}
        {suggestion.valence}
      </p>
      <div className="grid grid-cols-2 gap-2">
        <Button variant="primary" className="min-h-11" onClick={onAccept} aria-keyshortcuts="Enter">
          Accept
        </Button>
        <Button className="min-h-11" onClick={onReject} aria-keyshortcuts="Backspace">
          Reject
        </Button>
      </div>
    </div>
  );
}
