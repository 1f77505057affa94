import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { snapToWords, trimSelection } from '../../domain/text/graphemes';
import { offsetFromDomPoint, rangeFromOffsets } from './dom/text-offsets';
import { indexWords, wordAtOrAfter } from './dom/word-cursor';
import { useTouchSelection } from './phone/use-touch-selection';

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The span the person has selected in the article, snapped to words (Alt held: exact
 * characters, still whole graphemes). Selections that start or end outside the article text,
 * or hold only whitespace, give no span. The arrow keys select word by word when the text
 * has focus (Shift extends).
 */
export function useTextSelection(containerRef: RefObject<HTMLElement | null>, text: string) {
  const [pending, setPending] = useState<TextSpan | null>(null);
  const words = useMemo(() => indexWords(text), [text]);

  const showSpan = useCallback(
    (span: TextSpan | null) => {
      const container = containerRef.current;
      const selection = window.getSelection();
      if (!container || !selection) return;
      if (!span) {
        selection.removeAllRanges();
        return;
      }
      const range = rangeFromOffsets(container, span.start, span.end);
      if (range)
        selection.setBaseAndExtent(
          range.startContainer,
          range.startOffset,
          range.endContainer,
          range.endOffset,
        );
    },
    [containerRef],
  );

  /** The live browser selection as a snapped span, or null when it is not in the article text. */
  const spanFromSelection = useCallback(
    (exact: boolean): { raw: TextSpan; snapped: TextSpan | null } | null => {
      const container = containerRef.current;
      const selection = window.getSelection();
      if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed)
        return null;
      const range = selection.getRangeAt(0);
      const start = offsetFromDomPoint(container, range.startContainer, range.startOffset);
      const end = offsetFromDomPoint(container, range.endContainer, range.endOffset);
      if (start === null || end === null) return null;
      const snapped = exact ? trimSelection(text, start, end) : snapToWords(text, start, end);
      return { raw: { start, end }, snapped };
    },
    [containerRef, text],
  );

  const readSelection = useCallback(
    (exact: boolean) => {
      const found = spanFromSelection(exact);
      setPending(found?.snapped ?? null);
      const snapped = found?.snapped;
      if (
        found &&
        snapped &&
        (snapped.start !== found.raw.start || snapped.end !== found.raw.end)
      ) {
        showSpan(snapped);
      }
    },
    [spanFromSelection, showSpan],
  );

  /** The span to label now: a key press can arrive before the pointer-up handler has run. */
  const resolvePending = useCallback(
    (): TextSpan | null => pending ?? spanFromSelection(false)?.snapped ?? null,
    [pending, spanFromSelection],
  );

  const clear = useCallback(() => {
    setPending(null);
    showSpan(null);
  }, [showSpan]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onPointerUp = (event: PointerEvent) => {
      // Let the browser finish the selection first.
      window.setTimeout(() => readSelection(event.altKey), 0);
    };
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (selection?.isCollapsed) setPending(null);
    };
    container.addEventListener('pointerup', onPointerUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      container.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [containerRef, readSelection]);
  useTouchSelection(containerRef, () => readSelection(false));

  /** Arrow keys on the focused text: move a one-word selection; Shift extends or shrinks it. */
  const onTextKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (words.starts.length === 0) return;
      event.preventDefault();
      const forward = event.key === 'ArrowRight';
      let next: TextSpan;
      if (!pending) {
        const index = forward ? 0 : words.starts.length - 1;
        next = { start: words.starts[index] ?? 0, end: words.ends[index] ?? 0 };
      } else if (event.shiftKey) {
        const last = wordAtOrAfter(words, pending.end - 1);
        const target = forward ? Math.min(last + 1, words.ends.length - 1) : last - 1;
        const firstIndex = wordAtOrAfter(words, pending.start);
        const clamped = Math.max(target, firstIndex);
        next = { start: pending.start, end: words.ends[clamped] ?? pending.end };
      } else {
        const index = wordAtOrAfter(words, forward ? pending.end : pending.start - 1);
        const target = forward ? index : Math.max(0, wordAtOrAfter(words, pending.start) - 1);
        next = { start: words.starts[target] ?? 0, end: words.ends[target] ?? 0 };
      }
      setPending(next);
      showSpan(next);
    },
    [pending, words, showSpan],
  );

  return { pending, resolvePending, clear, onTextKeyDown };
}
