import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import { nextOffer } from '../../../domain/suggestions/similar-occurrences';
import type { PaintedSpan } from '../dom/highlight-painter';
import { newAnnotation } from '../new-annotation';
import type { useEditHistory } from '../use-edit-history';
import { suggestionKey, type Current } from '../workspace-items';

interface ConfirmInputs {
  articleId: string;
  text: string;
  offers: Suggestion[];
  history: Pick<ReturnType<typeof useEditHistory>, 'apply'>;
  withAnnotator: (action: (annotatorId: string) => void) => void;
  setCurrent: (current: Current) => void;
  flash: (span: { start: number; end: number }) => void;
  showPending: (span: PaintedSpan) => void;
  settlePending: (key: string, keep: boolean) => void;
  onCreated: (annotatorId: string) => void;
}

/**
 * Confirms one similar occurrence (Enter, or the card's Accept): it is annotated with the
 * offer's attributes as an undoable step, and the next occurrence becomes current, so that
 * each one takes a single key.
 */
export function useConfirmSimilar(inputs: ConfirmInputs) {
  const { articleId, text, offers, history, withAnnotator, setCurrent, flash } = inputs;
  return (offer: Suggestion) =>
    withAnnotator(async (annotatorId) => {
      const context = { articleId, text, actors: [], matches: [], suggestionsOn: true };
      const annotation = newAnnotation(context, annotatorId, offer, offer.labelId, offer);
      const next = nextOffer(offers, offer);
      inputs.showPending({
        key: annotation.id,
        start: offer.start,
        end: offer.end,
        labelId: offer.labelId,
      });
      const written = await history.apply('confirm similar', [{ before: null, after: annotation }]);
      inputs.settlePending(annotation.id, written !== null);
      if (!written) return;
      inputs.onCreated(annotatorId);
      if (next) {
        setCurrent({ kind: 'suggestion', key: suggestionKey(next) });
        flash(next);
      } else {
        setCurrent({ kind: 'annotation', id: annotation.id });
      }
    });
}
