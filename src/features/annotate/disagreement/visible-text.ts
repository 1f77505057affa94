/** Index of the first paragraph for which `after` holds (they are in text and screen order). */
function firstWhere(paragraphs: readonly HTMLElement[], after: (rect: DOMRect) => boolean): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (paragraph && after(paragraph.getBoundingClientRect())) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The stretch of the text in the viewport, by whole paragraphs (`<p data-start data-end>`);
 * null when the text is not laid out.
 */
export function visibleTextSpan(
  container: HTMLElement | null,
): { start: number; end: number } | null {
  if (!container) return null;
  const paragraphs = Array.from(container.querySelectorAll<HTMLElement>('p[data-start]'));
  const first = paragraphs[firstWhere(paragraphs, (rect) => rect.bottom > 0)];
  const lastIndex = firstWhere(paragraphs, (rect) => rect.top >= window.innerHeight) - 1;
  const last = paragraphs[lastIndex];
  if (!first || !last) return null;
  return { start: Number(first.dataset.start), end: Number(last.dataset.end) };
}
