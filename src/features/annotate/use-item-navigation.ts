import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { annotationsAt } from '../../domain/annotations/create-annotation';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Annotation } from '../../domain/types';
import { offsetAtPoint } from './dom/text-offsets';
import { nextItemIndex } from './keys/next-item';
import type { TextSpan } from './use-text-selection';
import {
  currentKey,
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
  /** The keyboard caret's words: J/K go on from there when nothing is current. */
  caret?: TextSpan | null;
  /** Told where J/K, a click or the list went (the read-only views have no caret). */
  placeCaret?: (span: TextSpan) => void;
}

const noCaret = () => undefined;

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
  caret = null,
  placeCaret = noCaret,
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
    const item = items[nextItemIndex(items, currentKey(current), caret, step)];
    if (!item) return;
    clearPending();
    setCurrent(toCurrent(item));
    placeCaret(item);
    flash(item);
  };

  const selectFromList = useCallback(
    (annotation: Annotation) => {
      clearPending();
      setCurrent({ kind: 'annotation', id: annotation.id });
      placeCaret(annotation);
      flash(annotation);
    },
    [clearPending, setCurrent, flash, placeCaret],
  );

  const onTextClick = (event: React.MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const container = textRef.current;
    if (!container) return;
    const offset = offsetAtPoint(container, event.clientX, event.clientY);
    if (offset === null) return;
    placeCaret({ start: offset, end: offset });
    // The caret lands before or after the clicked character: try the offset, then the one before.
    const [hit] = [...annotationsAt(visible, offset), ...annotationsAt(visible, offset - 1)];
    if (hit) {
      setCurrent({ kind: 'annotation', id: hit.id });
      placeCaret(hit);
      return;
    }
    const [suggestion] = annotationsAt(suggestions, offset);
    if (suggestion) placeCaret(suggestion);
    setCurrent(suggestion ? { kind: 'suggestion', key: suggestionKey(suggestion) } : null);
  };

  return { move, selectFromList, onTextClick };
}
