import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { rangeFromOffsets } from '../dom/text-offsets';
import type { TextSpan } from '../use-text-selection';
import { scrollToClearSheet } from './sheet-geometry';

/** Room kept between the words and the sheet (and the top of the screen). */
const MARGIN = 16;

/**
 * Keeps the words the sheet is about in view above it: the page scrolls when they would be
 * under the sheet (or above the screen), and again whenever the sheet changes height. Returns
 * the sheet's height, kept free under the text so that its last words can scroll clear too.
 */
export function useKeepAboveSheet(
  textRef: RefObject<HTMLElement | null>,
  sheetRef: RefObject<HTMLElement | null>,
  subject: TextSpan,
): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    setHeight(sheet.offsetHeight);
    const observer = new ResizeObserver(() => setHeight(sheet.offsetHeight));
    observer.observe(sheet);
    return () => observer.disconnect();
  }, [sheetRef]);

  const { start, end } = subject;
  useEffect(() => {
    const container = textRef.current;
    const sheet = sheetRef.current;
    if (!container || !sheet) return;
    const words = rangeFromOffsets(container, start, end)?.getBoundingClientRect();
    if (!words) return;
    const delta = scrollToClearSheet(words, sheet.getBoundingClientRect().top, MARGIN);
    if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
  }, [textRef, sheetRef, start, end, height]);

  return height;
}
