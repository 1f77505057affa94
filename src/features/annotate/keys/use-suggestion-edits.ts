import { useCallback, useState } from 'react';
import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import type { Annotation } from '../../../domain/types';
import { suggestionKey } from '../workspace-items';

export type AttributeEdit = Partial<Pick<Annotation, 'labelId' | 'target' | 'voice' | 'valence'>>;

/**
 * Changes made to suggestions before accepting them (label, target, voice, valence), kept per
 * suggestion for the whole visit: moving on with J/K and coming back finds them still there,
 * and accepting takes the suggestion as changed.
 */
export function useSuggestionEdits() {
  const [edits, setEdits] = useState<ReadonlyMap<string, AttributeEdit>>(new Map());

  const edit = useCallback((suggestion: Suggestion, patch: AttributeEdit) => {
    setEdits((current) => {
      const key = suggestionKey(suggestion);
      return new Map(current).set(key, { ...current.get(key), ...patch });
    });
  }, []);

  const withEdits = useCallback(
    (suggestion: Suggestion): Suggestion => {
      const patch = edits.get(suggestionKey(suggestion));
      return patch ? { ...suggestion, ...patch } : suggestion;
    },
    [edits],
  );

  return { edit, withEdits };
}
