/** A stretch of the article text, as offsets [from, to). */
export interface TextWindow {
  from: number;
  to: number;
}

/**
 * The most characters one line of the text column can hold: it is at most 68ch wide, and the
 * narrowest letters and spaces are about half as wide as a digit.
 */
const MAX_CHARS_PER_LINE = 140;

/** How far before the screen an annotation may start and still reach onto it. */
const LOOKBACK_CHARS = 1_000;

interface Viewport {
  scrollY: number;
  height: number;
  /** Of the article text, in CSS pixels. */
  lineHeight: number;
}

/**
 * The text that can be on screen when the reader opens, as an upper bound (every line full of
 * the narrowest letters): with no annotation to open at, everything above the bottom of the
 * viewport (the page may have been scrolled before the article opened); at a linked annotation,
 * which is scrolled to a third of the way down, a screen above and below it.
 */
export function firstScreenWindow(viewport: Viewport, anchor: number | null): TextWindow {
  const charsIn = (pixels: number) =>
    Math.ceil(pixels / Math.max(1, viewport.lineHeight)) * MAX_CHARS_PER_LINE;
  if (anchor === null) return { from: 0, to: charsIn(viewport.scrollY + viewport.height) };
  return {
    from: Math.max(0, anchor - charsIn(viewport.height) - LOOKBACK_CHARS),
    to: anchor + charsIn(viewport.height),
  };
}

/**
 * Spans split for painting: `now`, those on `view` (in text order); `later`, the others, nearest
 * to the view first, so that what a person may scroll to next is painted next. With no view
 * (nothing laid out yet), all are later, in text order.
 */
export function splitForPainting<Span extends { start: number; end: number }>(
  spans: readonly Span[],
  view: TextWindow | null,
): { now: Span[]; later: Span[] } {
  if (!view) return { now: [], later: [...spans] };
  // 0 on the view; else how far from it, at least 1.
  const distance = (span: Span) =>
    span.end <= view.from
      ? view.from - span.end + 1
      : span.start >= view.to
        ? span.start - view.to + 1
        : 0;
  const measured = spans.map((span, index) => ({ span, index, distance: distance(span) }));
  const later = measured
    .filter((entry) => entry.distance > 0)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((entry) => entry.span);
  return { now: measured.filter((entry) => entry.distance === 0).map((e) => e.span), later };
}
