import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { annotationsAt } from '../../domain/annotations/create-annotation';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation } from '../../domain/types';
import { offsetAtPoint } from './dom/text-offsets';
import {
  currentKey,
  stepIndex,
  suggestionKey,
  toCurrent,
  type Current,
  type WorkspaceItem,
} from './workspace-items';

interface NavigationInputs {
  textRef: RefObject<HTMLElement | null>;
  focusAnnotationId: string | undefined;
  stored: Annotation[];
  visible: Annotation[];
  suggestions: Suggestion[];
  items: WorkspaceItem[];
  current: Current;
  setCurrent: (current: Current) => void;
  clearPending: () => void;
  flash: (span: { start: number; end: number }) => void;
}

/**
 * Making an item current without changing it: J/K, a click on the text, a row of the list,
 * and the annotation a link opened the article at (scrolled to once it is painted).
 */
export function useItemNavigation({
  textRef,
  focusAnnotationId,
  stored,
  visible,
  suggestions,
  items,
  current,
  setCurrent,
  clearPending,
  flash,
}: NavigationInputs) {
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusAnnotationId) return;
    const target = stored.find((annotation) => annotation.id === focusAnnotationId);
    if (!target) return;
    focused.current = true;
    // Wait for the highlights of this render to be painted before scrolling to one.
    requestAnimationFrame(() => flash(target));
  }, [focusAnnotationId, stored, flash]);

  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const key = currentKey(current);
    const index = key === null ? -1 : items.findIndex((item) => item.key === key);
    const item = items[stepIndex(items.length, index, step)];
    if (!item) return;
    clearPending();
    setCurrent(toCurrent(item));
    flash(item);
  };

  const selectFromList = useCallback(
    (annotation: Annotation) => {
      clearPending();
      setCurrent({ kind: 'annotation', id: annotation.id });
      flash(annotation);
    },
    [clearPending, setCurrent, flash],
  );

  const onTextClick = (event: React.MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const container = textRef.current;
    if (!container) return;
    const offset = offsetAtPoint(container, event.clientX, event.clientY);
    if (offset === null) return;
    // The caret lands before or after the clicked character: try the offset, then the one before.
    const [hit] = [...annotationsAt(visible, offset), ...annotationsAt(visible, offset - 1)];
    if (hit) {
      setCurrent({ kind: 'annotation', id: hit.id });
      return;
    }
    const [suggestion] = annotationsAt(suggestions, offset);
    setCurrent(suggestion ? { kind: 'suggestion', key: suggestionKey(suggestion) } : null);
  };

  return { move, selectFromList, onTextClick };
}
