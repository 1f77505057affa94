import type { Label } from '../../../domain/types';
import { splitForPainting } from '../first-screen';
import { ParagraphIndex } from './text-offsets';
import { yieldToBrowser } from './yield-to-browser';

export interface PaintedSpan {
  key: string;
  start: number;
  end: number;
  labelId: string;
}

interface LayeredSpan extends PaintedSpan {
  name: string;
}

/** Up to this many new annotations are painted at once; more are painted in view first. */
const PAINT_AT_ONCE = 100;
/** Milliseconds of painting between frames, so that no task nears 50 ms on a slow machine. */
const PAINT_SLICE_MS = 8;

interface Layer {
  name: string;
  ranges: Map<string, { span: PaintedSpan; range: Range }>;
  highlight: Highlight | null;
}

const decorationStyles = ['solid', 'double', 'wavy', 'dashed'];

/**
 * "You vs the key": each kind has its own line style (solid, dashed over and under, wavy), so
 * that colour is never the only cue; the legend shows the same marks.
 */
const COMPARISON_RULES = [
  '::highlight(fl-vs-matched) { background-color: rgba(0, 158, 115, 0.2); text-decoration: underline solid #00674b; text-decoration-thickness: 3px; text-underline-offset: 4px; }',
  '::highlight(fl-vs-missed) { text-decoration: underline overline dashed #9a3412; text-decoration-thickness: 2px; text-underline-offset: 4px; }',
  '::highlight(fl-vs-extra) { background-color: rgba(29, 78, 216, 0.1); text-decoration: underline wavy #1d4ed8; text-decoration-thickness: 2px; text-underline-offset: 4px; }',
];

/**
 * The disagreement map: contested runs in a warm hue with a wavy underline (suggestions have
 * the dotted one), agreed runs in a cool hue with none, so the kind is not told by colour
 * alone; darker where more annotators marked the words. Drawn under the label highlights,
 * which stay readable over it.
 */
const MAP_ALPHAS = [0.14, 0.26, 0.4, 0.56];
const MAP_RULES = MAP_ALPHAS.flatMap((alpha, index) => [
  `::highlight(fl-map-contested-${index + 1}) { background-color: rgba(234, 88, 12, ${alpha}); text-decoration: underline wavy #9a3412; text-decoration-thickness: 1.5px; text-underline-offset: 6px; }`,
  `::highlight(fl-map-agreed-${index + 1}) { background-color: rgba(8, 145, 178, ${alpha}); }`,
]);

const supportsHighlights = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function hexToRgba(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return `rgba(120, 120, 120, ${alpha})`;
  const value = parseInt(match[1], 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/**
 * Paints annotations with the CSS Custom Highlight API: no element wraps the text, and a
 * change to one annotation touches one Range. Each label is a layer; translucent backgrounds
 * keep overlapping annotations both visible, and each label also gets its own underline
 * style so colour is never the only cue. Without the API it falls back to positioned boxes.
 */
export class HighlightPainter {
  private layers = new Map<string, Layer>();
  private labelLayerNames = new Map<string, string>();
  private sheet: CSSStyleSheet | null = null;
  private overlay: HTMLElement | null = null;
  private readonly useApi = supportsHighlights();
  private labelSignature: string | null = null;
  private painted: PaintedSpan[] = [];
  /** Counts paints of the annotations: a slice of an older one stops when a newer one starts. */
  private generation = 0;
  /** Annotations shown the moment they are made, while their write is under way. */
  private pending = new Map<string, PaintedSpan>();

  constructor(private readonly container: HTMLElement) {}

  setLabels(labels: Label[]): void {
    const signature = labels.map((label) => `${label.id}:${label.color}`).join('|');
    if (signature === this.labelSignature) return;
    this.labelSignature = signature;
    this.labelLayerNames.clear();
    const rules: string[] = [];
    labels.forEach((label, index) => {
      const name = `fl-label-${index}`;
      this.labelLayerNames.set(label.id, name);
      const style = decorationStyles[index % decorationStyles.length] ?? 'solid';
      rules.push(
        `::highlight(${name}) { background-color: ${hexToRgba(label.color, 0.32)}; text-decoration: underline ${style} ${label.color}; text-decoration-thickness: 2px; text-underline-offset: 4px; }`,
      );
    });
    rules.push(
      '::highlight(fl-suggestion) { text-decoration: underline dotted #334155; text-decoration-thickness: 2px; text-underline-offset: 5px; }',
      '::highlight(fl-current-suggestion) { background-color: rgba(51, 65, 85, 0.15); text-decoration: underline dotted #0f172a; text-decoration-thickness: 3px; text-underline-offset: 5px; }',
      '::highlight(fl-selected) { background-color: rgba(29, 78, 216, 0.18); color: #0b1f5c; }',
      '::highlight(fl-flash) { background-color: rgba(250, 204, 21, 0.75); }',
      ...COMPARISON_RULES,
      ...MAP_RULES,
    );
    const next = rules.join('\n');
    // Constructed stylesheets are CSSOM, so they work under a strict style CSP.
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(next);
    // Labels may have been reordered or recoloured: every label layer is rebuilt.
    for (const [name, layer] of this.layers) {
      if (name.startsWith('fl-label-')) {
        layer.ranges.clear();
        this.commit(layer);
      }
    }
  }

  /**
   * Paints the accepted annotations; only the spans that changed get new Ranges. Many new ones
   * (an article opening) are painted in view first, the rest in slices between frames.
   */
  paintAnnotations(spans: PaintedSpan[]): void {
    this.painted = spans;
    const generation = ++this.generation;
    const byLayer = new Map<string, PaintedSpan[]>();
    for (const name of this.labelLayerNames.values()) byLayer.set(name, []);
    const place = (span: PaintedSpan) => {
      const name = this.labelLayerNames.get(span.labelId);
      if (name) byLayer.get(name)?.push(span);
    };
    spans.forEach(place);
    for (const span of this.pending.values()) {
      if (!spans.some((painted) => painted.key === span.key)) place(span);
    }
    const additions: LayeredSpan[] = [];
    for (const [name, layerSpans] of byLayer) {
      for (const span of this.dropUnwanted(name, layerSpans)) additions.push({ ...span, name });
    }
    const index = new ParagraphIndex(this.container);
    const { now, later } =
      additions.length <= PAINT_AT_ONCE
        ? { now: additions, later: [] }
        : splitForPainting(additions, index.inView());
    const urgent = later.filter((span) => this.pending.has(span.key));
    for (const span of [...now, ...urgent]) this.add(span, index);
    this.redrawFallback();
    const rest = later.filter((span) => !this.pending.has(span.key));
    if (rest.length > 0) void this.paintInSlices(rest, index, generation);
  }

  /** Adds the spans a few milliseconds at a time, until a newer paint takes over. */
  private async paintInSlices(spans: LayeredSpan[], index: ParagraphIndex, generation: number) {
    let sliceEnd = performance.now() + PAINT_SLICE_MS;
    for (const span of spans) {
      if (performance.now() >= sliceEnd) {
        await yieldToBrowser();
        sliceEnd = performance.now() + PAINT_SLICE_MS;
      }
      if (generation !== this.generation) return;
      this.add(span, index);
    }
    this.redrawFallback();
  }

  /** Removes a layer's ranges that are no longer wanted; returns the wanted spans not painted. */
  private dropUnwanted(name: string, spans: PaintedSpan[]): PaintedSpan[] {
    const layer = this.layer(name);
    const wanted = new Map(spans.map((span) => [span.key, span]));
    for (const [key, entry] of layer.ranges) {
      const next = wanted.get(key);
      if (!next || next.start !== entry.span.start || next.end !== entry.span.end) {
        layer.ranges.delete(key);
        layer.highlight?.delete(entry.range);
      }
    }
    return spans.filter((span) => !layer.ranges.has(span.key));
  }

  private add({ name, ...span }: LayeredSpan, index: ParagraphIndex): void {
    const layer = this.layer(name);
    if (layer.ranges.has(span.key)) return;
    const range = index.rangeOf(span.start, span.end);
    if (!range) return;
    layer.ranges.set(span.key, { span, range });
    layer.highlight?.add(range);
  }

  /**
   * Paints an annotation at once, before its write has finished, so that it is on screen in
   * the next frame. `settlePending` ends that: kept, it stays while the stored annotation
   * takes its place; dropped (the write failed), it disappears.
   */
  showPending(span: PaintedSpan): void {
    this.pending.set(span.key, span);
    this.paintAnnotations(this.painted);
  }

  settlePending(key: string, keep: boolean): void {
    if (!this.pending.delete(key) || keep) return;
    this.paintAnnotations(this.painted);
  }

  paintLayer(name: string, spans: PaintedSpan[], index?: ParagraphIndex): void {
    const layer = this.layer(name);
    const wanted = new Map(spans.map((span) => [span.key, span]));
    let changed = false;
    for (const [key, entry] of layer.ranges) {
      const next = wanted.get(key);
      if (!next || next.start !== entry.span.start || next.end !== entry.span.end) {
        layer.ranges.delete(key);
        layer.highlight?.delete(entry.range);
        changed = true;
      }
    }
    let paragraphs = index;
    for (const span of spans) {
      if (layer.ranges.has(span.key)) continue;
      paragraphs ??= new ParagraphIndex(this.container);
      const range = paragraphs.rangeOf(span.start, span.end);
      if (!range) continue;
      layer.ranges.set(span.key, { span, range });
      layer.highlight?.add(range);
      changed = true;
    }
    if (changed && !name.startsWith('fl-label-')) this.redrawFallback();
  }

  /** Paints several layers in one pass over one index of the paragraphs. */
  paintLayers(layers: Readonly<Record<string, PaintedSpan[]>>): void {
    const index = new ParagraphIndex(this.container);
    for (const [name, spans] of Object.entries(layers)) this.paintLayer(name, spans, index);
  }

  private layer(name: string): Layer {
    let layer = this.layers.get(name);
    if (!layer) {
      const highlight = this.useApi ? new Highlight() : null;
      if (highlight) {
        // Later layers (selection, flash) paint above the label colours, the map below them.
        highlight.priority = name.startsWith('fl-map-')
          ? -1
          : name.startsWith('fl-label-')
            ? 0
            : name === 'fl-flash'
              ? 3
              : name === 'fl-selected'
                ? 2
                : 1;
        CSS.highlights.set(name, highlight);
      }
      layer = { name, ranges: new Map(), highlight };
      this.layers.set(name, layer);
    }
    return layer;
  }

  private commit(layer: Layer): void {
    layer.highlight?.clear();
    for (const { range } of layer.ranges.values()) layer.highlight?.add(range);
  }

  /** Fallback for browsers without the Highlight API: translucent boxes over the text. */
  private redrawFallback(): void {
    if (this.useApi) return;
    if (!this.overlay) {
      this.overlay = document.createElement('div');
      this.overlay.setAttribute('aria-hidden', 'true');
      this.overlay.style.position = 'absolute';
      this.overlay.style.inset = '0';
      this.overlay.style.pointerEvents = 'none';
      this.container.appendChild(this.overlay);
    }
    const origin = this.container.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const layer of this.layers.values()) {
      for (const { range } of layer.ranges.values()) {
        for (const rect of range.getClientRects()) {
          const box = document.createElement('div');
          box.className = `fl-fallback ${layer.name}`;
          box.style.position = 'absolute';
          box.style.left = `${rect.left - origin.left}px`;
          box.style.top = `${rect.top - origin.top}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          box.style.background = layer.name.startsWith('fl-label-')
            ? 'rgba(230, 159, 0, 0.3)'
            : 'rgba(29, 78, 216, 0.15)';
          boxes.push(box);
        }
      }
    }
    this.overlay.replaceChildren(...boxes);
  }

  dispose(): void {
    this.generation += 1;
    for (const name of this.layers.keys()) {
      if (this.useApi) CSS.highlights.delete(name);
    }
    this.layers.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
        (candidate) => candidate !== sheet,
      );
    }
    this.overlay?.remove();
  }
}
