/*
 * Mapping between DOM positions and UTF-16 offsets of the article text. ArticleText renders
 * each paragraph as <p data-start=…> holding exactly one text node, so the mapping is exact.
 */

function paragraphOf(node: Node, container: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== container) {
    if (current instanceof HTMLElement && current.dataset.start !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

/**
 * The text offset of a DOM point, or null when the point is outside the article text.
 * Points on element boundaries (e.g. a triple-click selection) resolve to the nearest paragraph edge.
 */
export function offsetFromDomPoint(
  container: HTMLElement,
  node: Node,
  offset: number,
): number | null {
  if (!container.contains(node)) return null;
  const paragraph = paragraphOf(node, container);
  if (paragraph) {
    const start = Number(paragraph.dataset.start);
    if (node.nodeType === Node.TEXT_NODE) return start + offset;
    // An element point inside the paragraph: before or after its text.
    return offset === 0 ? start : Number(paragraph.dataset.end);
  }
  // A point between paragraphs, on the container itself.
  if (node === container) {
    const paragraphs = container.querySelectorAll<HTMLElement>('p[data-start]');
    const before = paragraphs[offset - 1];
    if (before) return Number(before.dataset.end);
    const first = paragraphs[0];
    return first ? Number(first.dataset.start) : null;
  }
  return null;
}

/** The DOM point of a text offset (clamped into the nearest paragraph). */
export function domPointFromOffset(
  container: HTMLElement,
  offset: number,
): { node: Node; offset: number } | null {
  const paragraphs = container.querySelectorAll<HTMLElement>('p[data-start]');
  let low = 0;
  let high = paragraphs.length - 1;
  let found: HTMLElement | undefined;
  // Binary search for the last paragraph starting at or before the offset.
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (!paragraph) break;
    if (Number(paragraph.dataset.start) <= offset) {
      found = paragraph;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  found ??= paragraphs[0];
  if (!found) return null;
  const textNode = found.firstChild;
  if (!textNode) return null;
  const start = Number(found.dataset.start);
  const end = Number(found.dataset.end);
  return { node: textNode, offset: Math.max(0, Math.min(offset, end) - start) };
}

export function rangeFromOffsets(container: HTMLElement, start: number, end: number): Range | null {
  const from = domPointFromOffset(container, start);
  const to = domPointFromOffset(container, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset under a viewport point (for hover and click on highlights). */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = container.ownerDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    if (!position) return null;
    return offsetFromDomPoint(container, position.offsetNode, position.offset);
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  if (!range) return null;
  return offsetFromDomPoint(container, range.startContainer, range.startOffset);
}
