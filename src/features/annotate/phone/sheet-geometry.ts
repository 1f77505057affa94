/** A vertical extent on screen, in viewport pixels (as getBoundingClientRect gives it). */
export interface VerticalExtent {
  top: number;
  bottom: number;
}

/**
 * How far to scroll the page (positive: down) so that the selected words sit in the space above
 * a bottom sheet whose top edge is at `sheetTop`, with `margin` pixels free above and below them;
 * 0 when they already do. Words too tall for that space are aligned by their first line.
 */
export function scrollToClearSheet(
  words: VerticalExtent,
  sheetTop: number,
  margin: number,
): number {
  const lowest = sheetTop - margin;
  if (words.top >= margin && words.bottom <= lowest) return 0;
  const fits = words.bottom - words.top <= lowest - margin;
  if (!fits || words.top < margin) return words.top - margin;
  return words.bottom - lowest;
}
