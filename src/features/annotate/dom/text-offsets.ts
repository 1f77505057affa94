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

interface IndexedParagraph {
  start: number;
  end: number;
  node: Node | null;
}

/**
 * The paragraphs of the text with their offsets, read from the DOM once: mapping many offsets
 * (thousands of highlights) then costs a binary search each, not a DOM query each.
 */
export class ParagraphIndex {
  private readonly paragraphs: IndexedParagraph[];

  constructor(container: HTMLElement) {
    this.paragraphs = Array.from(
      container.querySelectorAll<HTMLElement>('p[data-start]'),
      (paragraph) => ({
        start: Number(paragraph.dataset.start),
        end: Number(paragraph.dataset.end),
        node: paragraph.firstChild,
      }),
    );
  }

  /** The DOM point of a text offset (clamped into the nearest paragraph). */
  pointAt(offset: number): { node: Node; offset: number } | null {
    let low = 0;
    let high = this.paragraphs.length - 1;
    let found = this.paragraphs[0];
    // Binary search for the last paragraph starting at or before the offset.
    while (low <= high) {
      const middle = (low + high) >> 1;
      const paragraph = this.paragraphs[middle]!;
      if (paragraph.start <= offset) {
        found = paragraph;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (!found?.node) return null;
    return {
      node: found.node,
      offset: Math.max(0, Math.min(offset, found.end) - found.start),
    };
  }

  /**
   * The offsets [from, to) of the paragraphs inside the viewport, or null when none is (the
   * text is hidden or scrolled away). A binary search: a few boxes measured, not all.
   */
  inView(): { from: number; to: number } | null {
    const box = (index: number) =>
      (this.paragraphs[index]?.node?.parentElement ?? null)?.getBoundingClientRect() ?? null;
    let low = 0;
    let high = this.paragraphs.length - 1;
    let first = this.paragraphs.length;
    // The first paragraph whose bottom is below the top of the viewport.
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((box(middle)?.bottom ?? 0) > 0) {
        first = middle;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    let last = first;
    while (last < this.paragraphs.length && (box(last)?.top ?? Infinity) < window.innerHeight)
      last += 1;
    if (last === first) return null;
    return { from: this.paragraphs[first]!.start, to: this.paragraphs[last - 1]!.end };
  }

  rangeOf(start: number, end: number): Range | null {
    const from = this.pointAt(start);
    const to = this.pointAt(end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }
}

export function rangeFromOffsets(container: HTMLElement, start: number, end: number): Range | null {
  return new ParagraphIndex(container).rangeOf(start, end);
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
