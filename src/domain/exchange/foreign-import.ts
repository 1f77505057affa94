import { createAnchorer, type AnchorResult, type AnchorSelector } from '../anchoring/reanchor';
import { normalizeText, stripBom } from '../text/normalize-text';
import { QUOTE_CONTEXT_LENGTH, quoteSelector } from '../text/quote-selector';
import type { Actor, Annotation, Annotator, Codebook, Label } from '../types';

/**
 * What the foreign formats (W3C, Label Studio, doccano, CSV) import into, and the helpers they
 * share: label and actor lookup by id or name, and placing a span given in a file's own text
 * onto the stored (NFC, LF) text.
 */

/** An article as carried by a foreign file; the importer matches it by text hash. */
export interface ImportedDocument {
  /** Stable key within the file ("label-studio:12", "doccano:line-3", "csv:row-2"). */
  key: string;
  /** NFC-normalised with LF line endings, as articles are stored. */
  text: string;
  outletName: string;
  title: string;
  url: string | null;
  published: string;
  language: string;
}

export interface UnknownLabel {
  name: string;
  count: number;
}

/** An annotation whose label is not in the codebook: the UI offers "add the label" or "skip". */
export interface PendingLabelAnnotation {
  annotation: Annotation;
  labelName: string;
}

/** An annotation that could not be placed; it is listed with its quote, never dropped silently. */
export interface OrphanedImport {
  /** Where it was in the file: `tasks[2].annotations[0].result[3]`, `line 4`, … */
  where: string;
  exact: string;
  reason: string;
  annotation: Annotation;
}

/**
 * A span the parser placed somewhere else than the file's offsets said (they did not hold its
 * quote, or lay outside the text): the importer lists it, with where it finally lands.
 */
export interface SpanMove {
  annotationId: string;
  where: string;
  /** The offsets as the file gives them (in the file's own units). */
  from: { start: number; end: number };
  reason: string;
}

/**
 * The result of a foreign import. `annotation.articleId` holds the document's `key` (or, for
 * W3C, the article id when the article is known) until `assignArticles` maps keys to ids.
 */
export interface ForeignImport {
  documents: ImportedDocument[];
  annotations: Annotation[];
  needsLabel: PendingLabelAnnotation[];
  unknownLabels: UnknownLabel[];
  orphaned: OrphanedImport[];
  /**
   * Annotators the file names (with the best name it gives). The importer adds those missing
   * from the library and keeps existing ones as they are. Annotations the file attributes to
   * nobody carry the importing person's id, who is not listed here.
   */
  annotators: Annotator[];
  moves: SpanMove[];
  /**
   * Ids taken from the file that are only unique inside it (a Label Studio region id that
   * looks like one of ours) → the id derived from the document and the region. The importer
   * keeps the file's id unless it already belongs to an annotation on another article.
   */
  alternateIds: Map<string, string>;
}

export function emptyImport(): ForeignImport {
  return {
    documents: [],
    annotations: [],
    needsLabel: [],
    unknownLabels: [],
    orphaned: [],
    annotators: [],
    moves: [],
    alternateIds: new Map(),
  };
}

/** How label and actor names are compared: NFC, trimmed, spaces collapsed, case-insensitive. */
export function lookupKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Files repeat the same few label and actor names thousands of times: look each up once. */
function memoize<T>(find: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const found = find(key);
    cache.set(key, found);
    return found;
  };
}

/** Finds a label by id, then by name (case- and space-insensitive). */
export function makeLabelLookup(codebook: Codebook): (idOrName: string) => Label | null {
  const byId = new Map(codebook.labels.map((label) => [label.id, label]));
  const byName = new Map(codebook.labels.map((label) => [lookupKey(label.name), label]));
  return memoize((idOrName) => byId.get(idOrName) ?? byName.get(lookupKey(idOrName)) ?? null);
}

/** Finds an actor by id, name or alias (case- and space-insensitive). */
export function makeActorLookup(codebook: Codebook): (idOrName: string) => Actor | null {
  const byId = new Map(codebook.actors.map((actor) => [actor.id, actor]));
  const byName = new Map<string, Actor>();
  for (const actor of codebook.actors) {
    for (const alias of [...actor.aliases].reverse()) byName.set(lookupKey(alias), actor);
    byName.set(lookupKey(actor.name), actor);
  }
  return memoize((idOrName) => byId.get(idOrName) ?? byName.get(lookupKey(idOrName)) ?? null);
}

/** Collects annotations by label status and counts unknown labels in first-seen order. */
export class ImportCollector {
  readonly result: ForeignImport = emptyImport();
  private readonly unknown = new Map<string, UnknownLabel>();
  private readonly annotatorIds = new Set<string>();

  addAnnotator(annotator: Annotator): void {
    if (this.annotatorIds.has(annotator.id)) return;
    this.annotatorIds.add(annotator.id);
    this.result.annotators.push(annotator);
  }

  add(annotation: Annotation, labelName: string, known: boolean): void {
    if (known) {
      this.result.annotations.push(annotation);
      return;
    }
    this.result.needsLabel.push({ annotation, labelName });
    const entry = this.unknown.get(labelName);
    if (entry) entry.count++;
    else {
      const created = { name: labelName, count: 1 };
      this.unknown.set(labelName, created);
      this.result.unknownLabels.push(created);
    }
  }

  orphan(where: string, annotation: Annotation, reason: string): void {
    this.result.orphaned.push({ where, exact: annotation.exact, reason, annotation });
  }

  moved(move: SpanMove): void {
    this.result.moves.push(move);
  }
}

/** A document's text as the file holds it and as FrameLens stores it. */
export interface PlacementText {
  raw: string;
  stored: string;
  /** raw === stored, compared once (comparing two long strings per span would be O(n²)). */
  unchanged: boolean;
  /** Offsets of the raw units normalisation removed, when that is all it did; else null. */
  removed: number[] | null;
  anchor: (selector: AnchorSelector) => AnchorResult;
}

export function makePlacementText(raw: string): PlacementText {
  const normalized = normalizeText(raw);
  const unchanged = normalized === raw;
  // Keep one string object, so later comparisons and caches see the same reference.
  const stored = unchanged ? raw : normalized;
  let removed: number[] | null = null;
  if (!unchanged && stripBom(raw).replace(/\r\n?/g, '\n') === normalized) {
    // Only line endings changed: each "\r\n" lost its "\r" (a lone "\r" became "\n").
    removed = [];
    const bom = raw.length - stripBom(raw).length;
    for (let i = 0; i < bom; i++) removed.push(i);
    for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) removed.push(i);
  }
  return { raw, stored, unchanged, removed, anchor: createAnchorer(stored) };
}

/** Raw offset → stored offset when only line endings (and a BOM) were removed. */
function mapRemoved(removed: readonly number[], offset: number): number {
  let lo = 0;
  let hi = removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((removed[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}

export type Placement =
  | {
      ok: true;
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
      /** The offsets did not hold the quote (or lay outside the text): found again by it. */
      moved: boolean;
    }
  | { ok: false; reason: string };

/**
 * Places a span given as UTF-16 offsets into the file's raw text (`quote` is the text the
 * file says is there, if it says). When the raw text is the stored text and the quote agrees,
 * the offsets are kept; otherwise the span is re-anchored in the stored text by its quote and
 * context, so CRLF files, NFD text or a tool that counted offsets differently still land on
 * the same words — or are orphaned.
 */
export function placeSpan(
  text: PlacementText,
  start: number,
  end: number,
  quote?: string,
): Placement {
  const inRange = start >= 0 && end <= text.raw.length && start < end;
  const rawQuote = inRange ? text.raw.slice(start, end) : '';
  const exact = quote ?? rawQuote;
  if (exact === '') return { ok: false, reason: `offsets ${start}–${end} are outside the text` };
  if (text.unchanged && rawQuote === exact) {
    return { ok: true, start, end, moved: false, ...quoteSelector(text.stored, start, end) };
  }
  if (inRange && text.removed && rawQuote === exact) {
    const mappedStart = mapRemoved(text.removed, start);
    const mappedEnd = mapRemoved(text.removed, end);
    if (text.stored.slice(mappedStart, mappedEnd) === normalizeText(exact)) {
      return {
        ok: true,
        start: mappedStart,
        end: mappedEnd,
        moved: false,
        ...quoteSelector(text.stored, mappedStart, mappedEnd),
      };
    }
  }
  const prefix = inRange ? text.raw.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start) : '';
  const suffix = inRange ? text.raw.slice(end, end + QUOTE_CONTEXT_LENGTH) : '';
  const anchored = text.anchor({
    start,
    end,
    exact: normalizeText(exact),
    prefix: normalizeText(prefix),
    suffix: normalizeText(suffix),
  });
  if (anchored.status === 'orphaned') return { ok: false, reason: anchored.reason };
  return {
    ok: true,
    start: anchored.start,
    end: anchored.end,
    // Normalisation alone (NFD, CRLF) shifts offsets without moving the span off its words.
    moved: rawQuote !== exact,
    ...quoteSelector(text.stored, anchored.start, anchored.end),
  };
}

/** Replaces document keys by article ids once the importer has matched or created articles. */
export function assignArticles(
  result: ForeignImport,
  articleIdByKey: ReadonlyMap<string, string>,
): ForeignImport {
  const map = (annotation: Annotation): Annotation => ({
    ...annotation,
    articleId: articleIdByKey.get(annotation.articleId) ?? annotation.articleId,
  });
  return {
    ...result,
    annotations: result.annotations.map(map),
    needsLabel: result.needsLabel.map((entry) => ({ ...entry, annotation: map(entry.annotation) })),
    orphaned: result.orphaned.map((entry) => ({ ...entry, annotation: map(entry.annotation) })),
  };
}
