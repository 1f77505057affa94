import { useEffect, useRef, type RefObject } from 'react';

/**
 * Quiet time after the last selection change before a touch selection is read: the selection
 * handles move it many times a second while a finger drags them.
 */
const SETTLE_MS = 250;

/**
 * Touch selections snap to words as mouse selections do. A mouse selection is read on
 * pointerup, but a touch selection is made by a long press and then by dragging the
 * browser's selection handles, which send the page no pointer events (a long press may even
 * end in pointercancel rather than pointerup). So after a touch on the text, every selection
 * change schedules `onSettled` once the selection has stopped changing and no finger is down.
 */
export function useTouchSelection(
  containerRef: RefObject<HTMLElement | null>,
  onSettled: () => void,
) {
  const settle = useRef(onSettled);
  useEffect(() => {
    settle.current = onSettled;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let touchMode = false;
    let fingerDown = false;
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!fingerDown) settle.current();
      }, SETTLE_MS);
    };
    const onPointerDown = (event: PointerEvent) => {
      touchMode = event.pointerType === 'touch';
      fingerDown = touchMode;
    };
    const onPointerEnd = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      fingerDown = false;
      schedule();
    };
    const onSelectionChange = () => {
      const selection = window.getSelection();
      const inText = selection?.anchorNode ? container.contains(selection.anchorNode) : false;
      if (touchMode && inText && !selection?.isCollapsed) schedule();
    };
    const onKeyDown = () => {
      touchMode = false;
    };
    container.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerEnd);
    window.addEventListener('pointercancel', onPointerEnd);
    document.addEventListener('selectionchange', onSelectionChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.clearTimeout(timer);
      container.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerEnd);
      window.removeEventListener('pointercancel', onPointerEnd);
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [containerRef]);
}
