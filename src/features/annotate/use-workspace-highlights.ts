import { useMemo, type RefObject } from 'react';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation, Label } from '../../domain/types';
import type { PaintedSpan } from './dom/highlight-painter';
import { useHighlights } from './use-highlights';
import { suggestionKey } from './workspace-items';

interface WorkspaceLayers {
  labels: Label[];
  visible: Annotation[];
  suggestions: Suggestion[];
  currentSuggestion: Suggestion | null;
  selectedAnnotation: Annotation | null;
  /** Further layers painted with these, e.g. the disagreement map's. */
  extra?: Readonly<Record<string, PaintedSpan[]>>;
}

/** Paints the workspace's annotations, suggestions and current item over the article text. */
export function useWorkspaceHighlights(
  textRef: RefObject<HTMLElement | null>,
  { labels, visible, suggestions, currentSuggestion, selectedAnnotation, extra }: WorkspaceLayers,
) {
  const painted = useMemo(
    () =>
      visible.map((annotation) => ({
        key: annotation.id,
        start: annotation.start,
        end: annotation.end,
        labelId: annotation.labelId,
      })),
    [visible],
  );
  const paintedSuggestions = useMemo(
    () =>
      suggestions.map((suggestion) => ({
        key: suggestionKey(suggestion),
        start: suggestion.start,
        end: suggestion.end,
        labelId: suggestion.labelId,
      })),
    [suggestions],
  );
  return useHighlights(textRef, {
    labels,
    annotations: painted,
    suggestions: paintedSuggestions,
    currentSuggestion: currentSuggestion
      ? { key: 'current', start: currentSuggestion.start, end: currentSuggestion.end, labelId: '' }
      : null,
    selected: selectedAnnotation
      ? {
          key: selectedAnnotation.id,
          start: selectedAnnotation.start,
          end: selectedAnnotation.end,
          labelId: '',
        }
      : null,
    extra,
  });
}
