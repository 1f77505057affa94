import { Button } from '../../ui/button';

interface Props {
  count: number;
  /** False while the lexicon is still being matched against the text. */
  ready: boolean;
  onAcceptAll: () => void;
}

export function SuggestionsSummary({ count, ready, onAcceptAll }: Props) {
  return (
    <section
      aria-labelledby="suggestions-title"
      aria-busy={!ready}
      className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
    >
      <h2 id="suggestions-title" className="text-sm">
        <span className="font-semibold">{count}</span> lexicon{' '}
        {count === 1 ? 'suggestion' : 'suggestions'}{' '}
        <span className="text-slate-600">
          (dotted underline; J/K to step, Enter accepts, ⌫ rejects)
        </span>
      </h2>
      <Button onClick={onAcceptAll} disabled={count === 0}>
        Accept all in this article
      </Button>
    </section>
  );
}
