import { useCallback } from 'react';
import { addPersonalTerms, nowIso } from '../../../db';
import { personalTermFor, type SimilarTerm } from '../../../domain/suggestions/similar-occurrences';
import type { Annotation } from '../../../domain/types';
import { errorText } from '../../../ui/error-text';
import { useToast } from '../../../ui/toast-context';

/**
 * A term marked by hand that no lexicon or personal-layer entry has joins the personal layer
 * with the label and valence it was marked with (an entry already there is left as it is).
 */
export function useJoinPersonalLayer() {
  const toast = useToast();
  return useCallback(
    (term: SimilarTerm, annotation: Annotation) => {
      const entry = term.entry ? null : personalTermFor(term, annotation, nowIso());
      if (!entry) return;
      addPersonalTerms([entry]).catch((error: unknown) =>
        toast.show({
          message: `“${term.canonical}” was not added to your lexicon: ${errorText(error)}`,
          tone: 'error',
        }),
      );
    },
    [toast],
  );
}
