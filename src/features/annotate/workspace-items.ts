import { byTextOrder } from '../../domain/annotations/create-annotation';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation } from '../../domain/types';

/** What is current in the reader: one annotation, one suggestion, or nothing. */
export type Current =
  { kind: 'annotation'; id: string } | { kind: 'suggestion'; key: string } | null;

/** One stop for J/K: an annotation on screen or a suggestion, in text order. */
export type WorkspaceItem =
  | { key: string; start: number; end: number; annotation: Annotation }
  | { key: string; start: number; end: number; suggestion: Suggestion };

/** Suggestions have no id: a span holds at most one, so its offsets name it. */
export const suggestionKey = (suggestion: { start: number; end: number }) =>
  `s:${suggestion.start}:${suggestion.end}`;

export function workspaceItems(
  annotations: readonly Annotation[],
  suggestions: readonly Suggestion[],
): WorkspaceItem[] {
  return [
    ...annotations.map((annotation) => ({
      key: annotation.id,
      start: annotation.start,
      end: annotation.end,
      annotation,
    })),
    ...suggestions.map((suggestion) => ({
      key: suggestionKey(suggestion),
      start: suggestion.start,
      end: suggestion.end,
      suggestion,
    })),
  ].sort(byTextOrder);
}

export const toCurrent = (item: WorkspaceItem): Current =>
  'annotation' in item
    ? { kind: 'annotation', id: item.key }
    : { kind: 'suggestion', key: item.key };

export const currentKey = (current: Current): string | null =>
  current === null ? null : current.kind === 'annotation' ? current.id : current.key;

/**
 * Where J (+1) or K (−1) goes from item `index` (−1: nothing current): from nothing, the
 * first or the last item; otherwise the neighbour, staying put at either end.
 */
export function stepIndex(count: number, index: number, step: 1 | -1): number {
  if (index === -1) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, index + step));
}
