import { ParagraphIndex } from './text-offsets';

/*
 * The caret's moves that depend on the laid-out text: up and down by visual line, and which
 * way a paragraph runs (in a right-to-left one, ArrowLeft goes on to the next word).
 */

function paragraphAt(container: HTMLElement, offset: number): HTMLElement | null {
  return new ParagraphIndex(container).pointAt(offset)?.node.parentElement ?? null;
}

export function isRightToLeftAt(container: HTMLElement, offset: number): boolean {
  const paragraph = paragraphAt(container, offset);
  return paragraph !== null && getComputedStyle(paragraph).direction === 'rtl';
}

function firstRect(container: HTMLElement, start: number, end: number): DOMRect | null {
  return new ParagraphIndex(container).rangeOf(start, end)?.getClientRects()[0] ?? null;
}

/** Scrolls the window so that the words are comfortably inside the viewport. */
export function scrollSpanIntoView(container: HTMLElement, start: number, end: number): void {
  const rect = firstRect(container, start, end);
  if (!rect) return;
  const margin = rect.height * 4;
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
}

function offsetAt(container: HTMLElement, x: number, y: number): number | null {
  const doc = container.ownerDocument;
  const position = doc.caretPositionFromPoint?.(x, y);
  const node = position ? position.offsetNode : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  const local = position ? position.offset : doc.caretRangeFromPoint?.(x, y)?.startOffset;
  if (!node || local === undefined || !container.contains(node)) return null;
  const paragraph = node.parentElement?.closest<HTMLElement>('p[data-start]');
  if (node.nodeType !== Node.TEXT_NODE || !paragraph) return null;
  return Number(paragraph.dataset.start) + local;
}

/**
 * The text offset on the visual line above (−1) or below (+1) the words start..end, level
 * with their middle; null at the first or last line. Probes further out while the point
 * falls in the gap between paragraphs.
 */
export function offsetOnNextLine(
  container: HTMLElement,
  span: { start: number; end: number },
  direction: 1 | -1,
): number | null {
  scrollSpanIntoView(container, span.start, span.end);
  const rect = firstRect(container, span.start, span.end);
  if (!rect) return null;
  const x = rect.left + rect.width / 2;
  const bounds = container.getBoundingClientRect();
  for (let step = 1; step <= 6; step += 1) {
    const y =
      direction > 0 ? rect.bottom + (step * rect.height) / 2 : rect.top - (step * rect.height) / 2;
    if (y < bounds.top || y > bounds.bottom || y < 0 || y > window.innerHeight) return null;
    const offset = offsetAt(container, x, y);
    if (offset === null) continue;
    const found = firstRect(container, offset, Math.min(offset + 1, Number.MAX_SAFE_INTEGER));
    if (found && Math.abs(found.top - rect.top) > rect.height / 2) return offset;
  }
  return null;
}
