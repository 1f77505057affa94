import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import {
  moveSelection,
  spanOfSelection,
  type TextLayout,
  type WordSelection,
} from '../../domain/text/caret-moves';
import { snapToWords, trimSelection } from '../../domain/text/graphemes';
import { sentenceStarts } from '../../domain/text/sentence-starts';
import { indexWords, wordAtOrAfter, wordBefore } from '../../domain/text/word-index';
import { offsetFromDomPoint, rangeFromOffsets } from './dom/text-offsets';
import { isRightToLeftAt, offsetOnNextLine, scrollSpanIntoView } from './dom/word-cursor';
import { caretKey } from './keys/caret-keys';
import { useTouchSelection } from './phone/use-touch-selection';

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The span the person has selected in the article, snapped to words (Alt held: exact
 * characters, still whole graphemes). Selections that start or end outside the article text,
 * or hold only whitespace, give no span. With the text focused the arrow keys select word by
 * word, Up/Down by line, Home/End to the paragraph's ends, Ctrl/Alt+arrows by sentence; Shift
 * extends. The keyboard caret stays where it was when the selection is labelled or cleared.
 */
export function useTextSelection(containerRef: RefObject<HTMLElement | null>, text: string) {
  const [pending, setPending] = useState<TextSpan | null>(null);
  const [caret, setCaret] = useState<WordSelection | null>(null);
  const layout = useTextLayout(text);
  const { words } = layout;

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

  /** Puts the keyboard caret on these words (a point: the word at it), without selecting them. */
  const placeCaret = useCallback(
    (span: TextSpan) => {
      if (words.starts.length === 0) return;
      const anchor = wordAtOrAfter(words, span.start);
      setCaret({ anchor, head: span.end > span.start ? wordBefore(words, span.end) : anchor });
    },
    [words],
  );

  /** Selects these words (as found by a search) and moves the caret there. */
  const selectSpan = useCallback(
    (span: TextSpan) => {
      placeCaret(span);
      setPending(span);
      showSpan(span);
      const container = containerRef.current;
      if (container) scrollSpanIntoView(container, span.start, span.end);
    },
    [placeCaret, showSpan, containerRef],
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
      if (snapped) placeCaret(snapped);
      if (
        found &&
        snapped &&
        (snapped.start !== found.raw.start || snapped.end !== found.raw.end)
      ) {
        showSpan(snapped);
      }
    },
    [spanFromSelection, showSpan, placeCaret],
  );

  /** The span to label now: a key press can arrive before the pointer-up handler has run. */
  const resolvePending = useCallback(
    (): TextSpan | null => pending ?? spanFromSelection(false)?.snapped ?? null,
    [pending, spanFromSelection],
  );

  /** Drops the selection; the caret stays, so the arrow keys go on from the same words. */
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

  const select = useCallback(
    (next: WordSelection) => {
      const span = spanOfSelection(words, next);
      setCaret(next);
      setPending(span);
      showSpan(span);
      const container = containerRef.current;
      const head = { start: words.starts[next.head] ?? 0, end: words.ends[next.head] ?? 0 };
      if (container) scrollSpanIntoView(container, head.start, head.end);
    },
    [words, showSpan, containerRef],
  );

  const onTextKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const container = containerRef.current;
      if (!container || words.starts.length === 0) return;
      const at = caret ? (words.starts[caret.head] ?? 0) : 0;
      const action = caretKey(event, () => isRightToLeftAt(container, at));
      if (!action) return;
      event.preventDefault();
      if (!caret) {
        const backward = 'move' in action && action.move === 'word-backward';
        const first = backward ? words.starts.length - 1 : 0;
        select({ anchor: first, head: first });
        return;
      }
      if ('move' in action) {
        select(moveSelection(layout, caret, action.move, event.shiftKey));
        return;
      }
      const head = { start: words.starts[caret.head] ?? 0, end: words.ends[caret.head] ?? 0 };
      const offset = offsetOnNextLine(container, head, action.line);
      if (offset === null) return;
      const word = wordAtOrAfter(words, offset);
      select({ anchor: event.shiftKey ? caret.anchor : word, head: word });
    },
    [caret, words, layout, select, containerRef],
  );

  const caretSpan = caret ? spanOfSelection(words, caret) : null;
  return { pending, resolvePending, clear, onTextKeyDown, placeCaret, selectSpan, caretSpan };
}

/** The words of the text, and its sentences once a sentence move first asks for them. */
function useTextLayout(text: string): TextLayout {
  return useMemo(() => {
    let sentences: number[] | null = null;
    return {
      text,
      words: indexWords(text),
      sentenceStarts: () => (sentences ??= sentenceStarts(text)),
    };
  }, [text]);
}
