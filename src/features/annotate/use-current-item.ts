import { useMemo, useState } from 'react';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation } from '../../domain/types';
import { suggestionKey, workspaceItems, type Current } from './workspace-items';

interface CurrentItemInputs {
  /** Opened from a link to one annotation: it starts out current. */
  focusAnnotationId: string | undefined;
  stored: Annotation[];
  visible: Annotation[];
  suggestions: Suggestion[];
}

/** The current annotation or suggestion, and the items J/K step through. */
export function useCurrentItem({
  focusAnnotationId,
  stored,
  visible,
  suggestions,
}: CurrentItemInputs) {
  const [current, setCurrent] = useState<Current>(
    focusAnnotationId ? { kind: 'annotation', id: focusAnnotationId } : null,
  );
  const items = useMemo(() => workspaceItems(visible, suggestions), [visible, suggestions]);

  const selectedAnnotation =
    current?.kind === 'annotation'
      ? (stored.find((annotation) => annotation.id === current.id) ?? null)
      : null;
  const currentSuggestion =
    current?.kind === 'suggestion'
      ? (suggestions.find((suggestion) => suggestionKey(suggestion) === current.key) ?? null)
      : null;

  return { current, setCurrent, items, selectedAnnotation, currentSuggestion };
}
