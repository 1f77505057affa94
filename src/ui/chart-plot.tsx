import type * as PlotModule from '@observablehq/plot';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { errorText } from './error-text';
import { ErrorLine } from './alert';
import { sideScrollShadows } from './scroll-shadow';

export type Plot = typeof PlotModule;

/** The parts of a drawn chart, top to bottom (e.g. a legend, then the chart). */
export type ChartParts = SVGSVGElement[];

let plotModule: Promise<Plot> | null = null;

/** Plot (and d3 with it) is loaded on first use, in its own chunk. */
function loadPlot(): Promise<Plot> {
  plotModule ??= import('@observablehq/plot');
  return plotModule;
}

const FALLBACK_WIDTH = 760;

/**
 * Plot puts a <style> element in each chart, which the app's Content-Security-Policy
 * (style-src 'self') would block once attached. Removed while the chart is still detached;
 * the few rules it held are in the container's classes.
 */
function withoutStyleElements(node: Element): SVGSVGElement | null {
  for (const style of node.querySelectorAll('style')) style.remove();
  withoutInnerLabels(node);
  return node instanceof SVGSVGElement ? node : node.querySelector('svg');
}

/**
 * Plot labels its marks' <g> elements ("dot", "rule"), which ARIA does not allow on an element
 * with no role; inside the container's role="img" they would be ignored anyway, as the
 * container's label and the table view say what the chart shows.
 */
function withoutInnerLabels(node: Element): void {
  for (const part of node.querySelectorAll('[aria-label], [aria-description]')) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }
}

interface PlotChartProps {
  /** What the chart shows, for screen readers (its table view has the numbers). */
  label: string;
  /** Draws the chart at a width, legend first if any. Keep it stable (useCallback). */
  build: (plot: Plot, width: number) => Element | Element[];
  /** Receives the drawn parts, for SVG/PNG export. */
  partsRef?: RefObject<ChartParts>;
}

/*
 * A chart drawn wider than its container (many outlets) keeps its size and scrolls sideways
 * rather than shrinking into illegibility.
 */

/**
 * Only a chart that scrolls needs to be reachable with the keyboard: it becomes a named region
 * that can be focused and scrolled with the arrow keys (the chart inside stays an image).
 */
function markScrolling(scroller: HTMLElement, label: string): boolean {
  const wide = scroller.scrollWidth > scroller.clientWidth + 1;
  if (wide) {
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', `${label} (scrolls sideways)`);
  } else {
    for (const name of ['tabindex', 'role', 'aria-label']) scroller.removeAttribute(name);
  }
  return wide;
}

/** A chart drawn by Observable Plot into a container, redrawn when its width changes. */
export function PlotChart({ label, build, partsRef }: PlotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [plot, setPlot] = useState<Plot | null>(null);
  const [width, setWidth] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [scrolls, setScrolls] = useState(false);
  const labelRef = useRef(label);
  useEffect(() => {
    labelRef.current = label;
  }, [label]);

  useEffect(() => {
    let live = true;
    loadPlot().then(
      (module) => live && setPlot(module),
      (reason: unknown) => live && setLoadError(`Charts could not be loaded (${String(reason)}).`),
    );
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const node = container.current;
    if (!node) return;
    const measure = (measured: number) => {
      // A hidden chart (table view) measures 0: keep the last width rather than redraw.
      if (measured > 0) setWidth(Math.floor(measured));
      // Until the redraw, the chart drawn for the old width may overflow: keep it reachable.
      if (scroller.current) setScrolls(markScrolling(scroller.current, labelRef.current));
    };
    measure(node.clientWidth);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const node = container.current;
    if (!plot || !node) return;
    // Each chart draws in a task of its own, so that a page of large charts does not block
    // input for the time it takes to draw them all.
    const task = window.setTimeout(() => {
      try {
        const drawn = build(plot, width || FALLBACK_WIDTH);
        const parts = (Array.isArray(drawn) ? drawn : [drawn])
          .map(withoutStyleElements)
          .filter((part): part is SVGSVGElement => part !== null);
        node.replaceChildren(...parts);
        if (partsRef) partsRef.current = parts;
        if (scroller.current) setScrolls(markScrolling(scroller.current, label));
      } catch (reason) {
        const message = document.createElement('p');
        message.setAttribute('role', 'alert');
        message.className = 'text-sm text-red-800';
        message.textContent = `The chart could not be drawn: ${errorText(reason)}`;
        node.replaceChildren(message);
        if (partsRef) partsRef.current = [];
      }
    });
    return () => window.clearTimeout(task);
  }, [plot, width, build, partsRef, label]);

  return (
    <div className="flex flex-col gap-1">
      {!plot && !loadError && (
        <p role="status" className="text-sm text-slate-500">
          Drawing the chart…
        </p>
      )}
      {loadError && <ErrorLine small>{loadError}</ErrorLine>}
      {scrolls && (
        <p className="text-xs text-slate-600 print:hidden">
          Wider than the space here: scroll the chart sideways to see all of it.
        </p>
      )}
      <div
        ref={scroller}
        style={sideScrollShadows}
        className="relative w-full overflow-x-auto pb-1 print:overflow-visible"
      >
        <div
          ref={container}
          role="img"
          aria-label={label}
          className="[&_svg]:block [&_svg]:overflow-visible [&_text]:whitespace-pre print:[&_svg]:h-auto print:[&_svg]:max-w-full"
        />
      </div>
    </div>
  );
}
