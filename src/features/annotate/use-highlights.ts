import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Label } from '../../domain/types';
import { HighlightPainter, type PaintedSpan } from './dom/highlight-painter';
import { rangeFromOffsets } from './dom/text-offsets';

export interface HighlightLayers {
  labels: Label[];
  annotations: PaintedSpan[];
  suggestions: PaintedSpan[];
  currentSuggestion: PaintedSpan | null;
  selected: PaintedSpan | null;
  /** Further named layers (styled in HighlightPainter), e.g. "you vs the key". */
  extra?: Readonly<Record<string, PaintedSpan[]>>;
}

/** Keeps the CSS highlights in step with the data, without re-rendering the text. */
export function useHighlights(
  containerRef: RefObject<HTMLElement | null>,
  layers: HighlightLayers,
) {
  const painterRef = useRef<HighlightPainter | null>(null);
  const { labels, annotations, suggestions, currentSuggestion, selected, extra } = layers;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const painter = new HighlightPainter(container);
    painterRef.current = painter;
    return () => {
      painter.dispose();
      painterRef.current = null;
    };
  }, [containerRef]);

  useEffect(() => {
    const painter = painterRef.current;
    if (!painter) return;
    painter.setLabels(labels);
    painter.paintAnnotations(annotations);
  }, [labels, annotations]);

  useEffect(() => {
    painterRef.current?.paintLayer('fl-suggestion', suggestions);
  }, [suggestions]);

  useEffect(() => {
    painterRef.current?.paintLayer(
      'fl-current-suggestion',
      currentSuggestion ? [currentSuggestion] : [],
    );
  }, [currentSuggestion]);

  useEffect(() => {
    painterRef.current?.paintLayer('fl-selected', selected ? [selected] : []);
  }, [selected]);

  useEffect(() => {
    if (!extra) return;
    painterRef.current?.paintLayers(extra);
  }, [extra]);

  /** Scrolls a span into view and flashes it briefly. */
  const flash = useCallback(
    (span: { start: number; end: number }) => {
      const container = containerRef.current;
      const painter = painterRef.current;
      if (!container || !painter) return;
      const range = rangeFromOffsets(container, span.start, span.end);
      const rect = range?.getBoundingClientRect();
      if (rect && (rect.top < 80 || rect.bottom > window.innerHeight - 40)) {
        const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        window.scrollTo({
          top: window.scrollY + rect.top - window.innerHeight / 3,
          behavior: reduceMotion ? 'auto' : 'smooth',
        });
      }
      const key = `flash-${span.start}-${span.end}`;
      painter.paintLayer('fl-flash', [{ key, start: span.start, end: span.end, labelId: '' }]);
      window.setTimeout(() => painterRef.current?.paintLayer('fl-flash', []), 1200);
    },
    [containerRef],
  );

  const showPending = useCallback((span: PaintedSpan) => {
    painterRef.current?.showPending(span);
  }, []);
  const settlePending = useCallback((key: string, keep: boolean) => {
    painterRef.current?.settlePending(key, keep);
  }, []);

  return { flash, showPending, settlePending };
}
