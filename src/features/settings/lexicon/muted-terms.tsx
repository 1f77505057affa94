import { useMemo } from 'react';
import { useAnnotators, useSuggestionFeedback } from '../../../db';
import { isMuted } from '../../../domain/suggestions/suggestion-rank';
import type { LexiconEntry } from '../../../domain/types';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { useToast } from '../../../ui/toast-context';
import { useOfferAgain } from '../api/personal-terms-mutations';

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/**
 * "Muted for you": entries of the lexicon or of your terms whose suggestions you rejected so
 * often that the reader stopped offering them. "Offer again" forgets what you did with them.
 */
export function MutedTerms({ entries }: { entries: readonly LexiconEntry[] }) {
  const me = useAnnotators().data?.current ?? null;
  const feedback = useSuggestionFeedback(me?.id ?? null);
  const offerAgain = useOfferAgain();
  const toast = useToast();
  const byId = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const muted = useMemo(() => (feedback.data ?? []).filter(isMuted), [feedback.data]);

  const restore = (entryId: string, term: string) => {
    if (!me) return;
    offerAgain.mutate(
      { annotatorId: me.id, entryId },
      {
        onSuccess: () => toast.show({ message: `“${term}” is offered again.`, tone: 'success' }),
        onError: (error) =>
          toast.show({ message: `Not changed: ${errorText(error)}`, tone: 'error' }),
      },
    );
  };

  return (
    <div className="mt-3 flex flex-col gap-2">
      <h3 className="text-base font-semibold text-slate-900">Muted for you</h3>
      <p className="max-w-2xl text-sm text-slate-600">
        A term whose suggestions you rejected at least three times, and accepted far less often, is
        no longer suggested to you{me ? ` (${me.name})` : ''}.
      </p>
      {feedback.isError ? (
        <ErrorLine>Could not read your suggestion feedback: {errorText(feedback.error)}</ErrorLine>
      ) : muted.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing is muted.</p>
      ) : (
        <ul aria-label="Muted for you" className="flex flex-col gap-1">
          {muted.map((row) => {
            const term = byId.get(row.entryId)?.canonical ?? row.entryId;
            return (
              <li key={row.entryId} className="flex flex-wrap items-center gap-3 text-sm">
                <span dir="auto" className="font-medium text-slate-900">
                  {term}
                </span>
                <span className="text-slate-600">
                  rejected {times(row.rejected)},{' '}
                  {row.accepted === 0 ? 'never accepted' : `accepted ${times(row.accepted)}`}
                </span>
                <Button
                  className="py-0.5"
                  onClick={() => restore(row.entryId, term)}
                  aria-label={`Offer “${term}” again`}
                >
                  Offer again
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
