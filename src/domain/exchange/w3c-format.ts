import { createAnchorer, type AnchorResult, type AnchorSelector } from '../anchoring/reanchor';
import { makeOffsetConverter, quoteSelector, type OffsetConverter } from '../text/quote-selector';
import type { Annotation, Annotator, Article, Codebook, Voice } from '../types';
import { safeHttpUrl } from '../urls';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  type ForeignImport,
} from './foreign-import';
import { isJsonObject, parseJsonText } from './read-input';
import { describeValue, fail, succeed, type ParseResult } from './result';
import { fnv1a32, isUuid, stableId } from './stable-id';

/**
 * W3C Web Annotation (JSON-LD) — an AnnotationCollection whose first AnnotationPage embeds
 * every annotation. Encoding (docs/formats.md):
 * - id `urn:uuid:<id>` (other ids: `urn:framelens:annotation:<percent-encoded id>`);
 * - motivation "tagging"; body[0] a TextualBody, purpose "tagging", value = label name, with
 *   the label id in `framelens:labelId`; then TextualBody purpose "describing" bodies whose
 *   values are `target: <actor id>`, `valence: <-2..2>`, `voice: <own|quoted|attributed>`,
 *   `note: <text>` (target and note only when set);
 * - target.source: the article's http(s) URL, else `urn:sha256:<textHash>`; the hash is also
 *   in `framelens:textHash`; selectors: TextQuoteSelector and TextPositionSelector, whose
 *   offsets count Unicode code points (the model's "characters"), not UTF-16 units.
 * `framelens:` is declared in the @context (`urn:framelens:`), so the extension keys are valid
 * JSON-LD. Only accepted, live annotations are exported.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FRAMELENS_NS = 'urn:framelens:';
export const W3C_CONTEXT: [string, { framelens: string }] = [
  ANNO_CONTEXT,
  { framelens: FRAMELENS_NS },
];

type W3cArticle = Pick<Article, 'id' | 'url' | 'textHash' | 'text'>;

export interface W3cSerializeInput {
  annotations: readonly Annotation[];
  articles: readonly W3cArticle[];
  codebook: Codebook;
  annotators: readonly Annotator[];
  /** ISO timestamp of the export; defaults to now. */
  exportedAt?: string;
  /** UUID of the collection; defaults to one derived from the exported ids. */
  collectionId?: string;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'describing';
  value: string;
  format: 'text/plain';
  'framelens:labelId'?: string;
}

export interface W3cAnnotation {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body: W3cTextualBody[];
  target: {
    source: string;
    'framelens:textHash': string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  created: string;
  total: number;
  first: {
    '@context': typeof W3C_CONTEXT;
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: W3cAnnotation[];
  };
}

const ANNOTATION_URN = `${FRAMELENS_NS}annotation:`;
const ANNOTATOR_URN = `${FRAMELENS_NS}annotator:`;

function toIri(id: string, urnPrefix: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : `${urnPrefix}${encodeURIComponent(id)}`;
}

function fromIri(iri: string, urnPrefix: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(urnPrefix)) {
    try {
      return decodeURIComponent(iri.slice(urnPrefix.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

export function articleSourceIri(article: Pick<Article, 'url' | 'textHash'>): string {
  return safeHttpUrl(article.url) ?? `urn:sha256:${article.textHash}`;
}

function describingBodies(annotation: Annotation): W3cTextualBody[] {
  const values: string[] = [];
  if (annotation.target !== null) values.push(`target: ${annotation.target}`);
  values.push(`valence: ${annotation.valence}`);
  values.push(`voice: ${annotation.voice}`);
  if (annotation.note !== '') values.push(`note: ${annotation.note}`);
  return values.map((value) => ({
    type: 'TextualBody',
    purpose: 'describing',
    value,
    format: 'text/plain',
  }));
}

export function buildW3cCollection(input: W3cSerializeInput): W3cCollection {
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const converters = new Map<string, OffsetConverter>();
  const labels = new Map(input.codebook.labels.map((label) => [label.id, label]));
  const annotators = new Map(input.annotators.map((annotator) => [annotator.id, annotator]));
  const items: W3cAnnotation[] = [];
  for (const annotation of input.annotations) {
    if (annotation.deleted === 1 || annotation.status !== 'accepted') continue;
    const article = articles.get(annotation.articleId);
    if (!article) {
      throw new Error(`W3C export: article ${annotation.articleId} was not given`);
    }
    let converter = converters.get(article.id);
    if (!converter) {
      converter = makeOffsetConverter(article.text);
      converters.set(article.id, converter);
    }
    const creator = annotators.get(annotation.annotatorId);
    items.push({
      '@context': W3C_CONTEXT,
      id: toIri(annotation.id, ANNOTATION_URN),
      type: 'Annotation',
      motivation: 'tagging',
      created: annotation.createdAt,
      modified: annotation.updatedAt,
      creator: {
        id: toIri(annotation.annotatorId, ANNOTATOR_URN),
        type: 'Person',
        name: creator?.name ?? annotation.annotatorId,
      },
      body: [
        {
          type: 'TextualBody',
          purpose: 'tagging',
          value: labels.get(annotation.labelId)?.name ?? annotation.labelId,
          format: 'text/plain',
          'framelens:labelId': annotation.labelId,
        },
        ...describingBodies(annotation),
      ],
      target: {
        source: articleSourceIri(article),
        'framelens:textHash': article.textHash,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: annotation.exact,
            prefix: annotation.prefix,
            suffix: annotation.suffix,
          },
          {
            type: 'TextPositionSelector',
            start: converter.toCodePoint(annotation.start),
            end: converter.toCodePoint(annotation.end),
          },
        ],
      },
    });
  }
  const exportedAt = input.exportedAt ?? new Date().toISOString();
  const collectionId =
    input.collectionId ??
    stableId([
      'w3c-collection',
      exportedAt,
      String(items.length),
      fnv1a32(items.map((item) => item.id).join('\n')).toString(16),
    ]);
  return {
    '@context': W3C_CONTEXT,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'FrameLens annotations',
    created: exportedAt,
    total: items.length,
    first: {
      // Its own context, like each annotation's, so the page is valid JSON-LD on its own.
      '@context': W3C_CONTEXT,
      id: `urn:uuid:${stableId(['w3c-page', collectionId])}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

export function serializeW3c(input: W3cSerializeInput): string {
  const { first, ...collection } = buildW3cCollection(input);
  const { items, ...page } = first;
  // One annotation per line: readable, and far smaller than fully indented JSON.
  const head = JSON.stringify({ ...collection, first: { ...page, items: [] } }, null, 2);
  if (items.length === 0) return `${head}\n`;
  const lines = items.map((item) => `      ${JSON.stringify(item)}`).join(',\n');
  return `${head.replace('"items": []', `"items": [\n${lines}\n    ]`)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

export interface W3cParseContext {
  /** Articles in the library, to resolve targets and convert code points to UTF-16. */
  articles: readonly W3cArticle[];
  codebook: Codebook;
  /** Used when an annotation names no creator. */
  fallbackAnnotatorId: string;
  /** Used for created/modified when an annotation has none (e.g. the file's time). */
  importedAt: string;
}

type Json = Record<string, unknown>;

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasType(value: Json, type: string): boolean {
  return asList(value.type).includes(type);
}

function stringOrId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isJsonObject(value) && typeof value.id === 'string') return value.id;
  return null;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

interface ArticleEntry {
  article: W3cArticle;
  converter: OffsetConverter | null;
  anchor: ((selector: AnchorSelector) => AnchorResult) | null;
}

function findItems(value: unknown): ParseResult<{ items: unknown[]; path: string }> {
  if (Array.isArray(value)) return succeed({ items: value, path: '' });
  if (!isJsonObject(value)) {
    return fail(
      `The file holds ${describeValue(value)}, not a W3C annotation collection.`,
      '(root)',
    );
  }
  if (hasType(value, 'AnnotationCollection')) {
    const first = value.first;
    if (typeof first === 'string') {
      return fail(
        'first is a link to a separate page; import a collection whose first page is embedded (with its items).',
        'first',
      );
    }
    if (first === undefined) {
      if (value.total === 0) return succeed({ items: [], path: 'first.items' });
      return fail('The annotation collection has no "first" page.', 'first');
    }
    if (!isJsonObject(first) || !Array.isArray(first.items)) {
      return fail('first.items must be a list of annotations.', 'first.items');
    }
    return succeed({ items: first.items, path: 'first.items' });
  }
  if (hasType(value, 'AnnotationPage')) {
    if (!Array.isArray(value.items)) return fail('items must be a list of annotations.', 'items');
    return succeed({ items: value.items, path: 'items' });
  }
  if (hasType(value, 'Annotation')) return succeed({ items: [value], path: '' });
  return fail(
    `type is ${describeValue(value.type)}; expected "AnnotationCollection", "AnnotationPage" or "Annotation".`,
    'type',
  );
}

/** The label and the FrameLens attributes read from an annotation's bodies. */
interface BodyReading {
  labelName: string;
  labelHint: string;
  target: string | null;
  unknownTarget: string | null;
  valence: number;
  voice: Voice;
  note: string;
}

const DESCRIBING = /^(target|valence|voice|note): ?([\s\S]*)$/;

/** Null when there is no tagging body (the annotation is then skipped, with a warning). */
function readBodies(
  item: Json,
  at: string,
  findActor: (idOrName: string) => { id: string } | null,
): ParseResult<BodyReading | null> {
  const bodies = asList(item.body).filter(isJsonObject);
  if (typeof item.bodyValue === 'string') {
    bodies.push({ type: 'TextualBody', value: item.bodyValue });
  }
  const textual = bodies.filter((body) => typeof body.value === 'string');
  const purposes = (body: Json) => asList(body.purpose);
  const tag =
    textual.find((body) => purposes(body).some((p) => p === 'tagging' || p === 'classifying')) ??
    textual.find((body) => !purposes(body).includes('describing'));
  if (!tag) return succeed(null);
  const labelName = String(tag.value);
  const reading: BodyReading = {
    labelName,
    labelHint: typeof tag['framelens:labelId'] === 'string' ? tag['framelens:labelId'] : labelName,
    target: null,
    unknownTarget: null,
    valence: 0,
    voice: 'own',
    note: '',
  };
  for (const body of textual) {
    if (body === tag || !purposes(body).includes('describing')) continue;
    const match = DESCRIBING.exec(String(body.value));
    const key = match?.[1];
    const raw = match?.[2] ?? '';
    if (key === 'valence') {
      const valence = Number(raw);
      if (raw.trim() === '' || !Number.isInteger(valence) || valence < -2 || valence > 2) {
        return fail(`${at}.body: "valence: ${raw}" must be an integer from -2 to 2`, `${at}.body`);
      }
      reading.valence = valence;
    } else if (key === 'voice') {
      if (raw !== 'own' && raw !== 'quoted' && raw !== 'attributed') {
        return fail(`${at}.body: "voice: ${raw}" must be own, quoted or attributed`, `${at}.body`);
      }
      reading.voice = raw;
    } else if (key === 'target' && raw !== '') {
      reading.target = findActor(raw)?.id ?? null;
      if (reading.target === null) reading.unknownTarget = raw;
    } else if (key === 'note') {
      reading.note = raw;
    }
  }
  return succeed(reading);
}

interface TargetReading {
  source: string;
  hashHint: string;
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Code points. */
  position: { start: number; end: number } | null;
}

function readTarget(item: Json, at: string): ParseResult<TargetReading> {
  const targetValue = asList(item.target)[0];
  const target = isJsonObject(targetValue) ? targetValue : {};
  const source = stringOrId(isJsonObject(targetValue) ? targetValue.source : targetValue) ?? '';
  const hashHint =
    typeof target['framelens:textHash'] === 'string'
      ? target['framelens:textHash']
      : source.startsWith('urn:sha256:')
        ? source.slice('urn:sha256:'.length)
        : '';
  const reading: TargetReading = { source, hashHint, quote: null, position: null };
  for (const selector of asList(target.selector).filter(isJsonObject)) {
    if (hasType(selector, 'TextQuoteSelector') && typeof selector.exact === 'string') {
      reading.quote = {
        exact: selector.exact,
        prefix: typeof selector.prefix === 'string' ? selector.prefix : '',
        suffix: typeof selector.suffix === 'string' ? selector.suffix : '',
      };
    } else if (hasType(selector, 'TextPositionSelector')) {
      const { start, end } = selector;
      if (
        typeof start !== 'number' ||
        typeof end !== 'number' ||
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0
      ) {
        return fail(
          `${at}.target: TextPositionSelector start and end must be whole numbers ≥ 0 (got ${describeValue(start)}, ${describeValue(end)})`,
          `${at}.target.selector`,
        );
      }
      if (end < start) {
        return fail(
          `${at}.target: TextPositionSelector end (${end}) is before start (${start})`,
          `${at}.target.selector`,
        );
      }
      reading.position = { start, end };
    }
  }
  return succeed(reading);
}

function readCreator(item: Json): { id: string; name: string } | null {
  const creator = asList(item.creator)[0];
  const iri = stringOrId(creator);
  if (!iri) return null;
  const id = fromIri(iri, ANNOTATOR_URN);
  const object = isJsonObject(creator) ? creator : {};
  const name =
    typeof object.name === 'string'
      ? object.name
      : typeof object.nickname === 'string'
        ? object.nickname
        : id;
  return { id, name };
}

/**
 * The UTF-16 span in the article text: the position converted from code points when the text
 * there is the quote, else the quote re-anchored; null (with a reason) when it cannot be placed.
 */
function placeTarget(
  entry: ArticleEntry,
  target: TargetReading,
): { start: number; end: number; moved: string | null } | { reason: string } {
  const text = entry.article.text;
  entry.converter ??= makeOffsetConverter(text);
  const { position, quote } = target;
  const start = position ? entry.converter.toUtf16(position.start) : null;
  const end = position ? entry.converter.toUtf16(position.end) : null;
  if (start !== null && end !== null && start < end) {
    if (!quote || text.slice(start, end) === quote.exact) return { start, end, moved: null };
  }
  const outside =
    position && (start === null || end === null)
      ? `its position ${position.start}–${position.end} is past the end of the text (${entry.converter.codePointLength} characters)`
      : null;
  if (!quote) {
    return { reason: outside ?? 'it has neither a quote nor a position inside the text' };
  }
  entry.anchor ??= createAnchorer(text);
  const anchored = entry.anchor({ start: start ?? 0, end: end ?? 0, ...quote });
  if (anchored.status === 'orphaned') {
    return { reason: outside ? `${outside}, and ${anchored.reason}` : anchored.reason };
  }
  const moved = position
    ? (outside ?? `the text at its position ${position.start}–${position.end} is not its quote`)
    : null;
  return { start: anchored.start, end: anchored.end, moved };
}

export function parseW3cValue(
  value: unknown,
  context: W3cParseContext,
): ParseResult<ForeignImport> {
  const found = findItems(value);
  if (!found.ok) return found;
  const { items, path } = found.value;
  const warnings: string[] = [];
  const collector = new ImportCollector();
  const findLabel = makeLabelLookup(context.codebook);
  const findActor = makeActorLookup(context.codebook);
  const byHash = new Map<string, ArticleEntry>();
  const byUrl = new Map<string, ArticleEntry>();
  for (const article of context.articles) {
    const entry: ArticleEntry = { article, converter: null, anchor: null };
    byHash.set(article.textHash, entry);
    const url = safeHttpUrl(article.url);
    if (url) byUrl.set(url, entry);
  }
  const unknownTargets = new Set<string>();
  let skipped = 0;

  for (const [index, item] of items.entries()) {
    const at = path !== '' ? `${path}[${index}]` : Array.isArray(value) ? `[${index}]` : '(root)';
    if (!isJsonObject(item) || !hasType(item, 'Annotation')) {
      const type = isJsonObject(item) ? item.type : item;
      return fail(`${at} is not an Annotation (its type is ${describeValue(type)})`, at);
    }
    const created = item.created ?? context.importedAt;
    const modified = item.modified ?? created;
    if (typeof created !== 'string' || !ISO.test(created)) {
      return fail(
        `${at}.created must be an ISO 8601 timestamp (got ${describeValue(created)})`,
        `${at}.created`,
      );
    }
    if (typeof modified !== 'string' || !ISO.test(modified)) {
      return fail(
        `${at}.modified must be an ISO 8601 timestamp (got ${describeValue(modified)})`,
        `${at}.modified`,
      );
    }
    const bodies = readBodies(item, at, findActor);
    if (!bodies.ok) return bodies;
    if (bodies.value === null) {
      skipped++;
      continue;
    }
    const body = bodies.value;
    if (body.unknownTarget !== null) unknownTargets.add(body.unknownTarget);
    const target = readTarget(item, at);
    if (!target.ok) return target;
    const { source, hashHint, quote, position } = target.value;
    const creator = readCreator(item);
    if (creator) collector.addAnnotator({ ...creator, role: 'annotator' });
    const label = findLabel(body.labelHint) ?? findLabel(body.labelName);
    const entry = byHash.get(hashHint) ?? byUrl.get(safeHttpUrl(source) ?? '') ?? null;

    const annotation: Annotation = {
      id:
        typeof item.id === 'string'
          ? fromIri(item.id, ANNOTATION_URN)
          : stableId(['w3c', source, quote?.exact ?? '', String(position?.start), body.labelName]),
      articleId: entry?.article.id ?? source,
      start: 0,
      end: 0,
      exact: quote?.exact ?? '',
      prefix: quote?.prefix ?? '',
      suffix: quote?.suffix ?? '',
      labelId: label?.id ?? '',
      target: body.target,
      valence: body.valence,
      voice: body.voice,
      note: body.note,
      annotatorId: creator?.id ?? context.fallbackAnnotatorId,
      status: 'accepted',
      createdAt: created,
      updatedAt: modified,
      deleted: 0,
    };
    if (!entry) {
      const reason = `its article (${source || 'no source'}) is not in your library`;
      collector.orphan(at, annotation, reason);
      continue;
    }
    const span = placeTarget(entry, target.value);
    if ('reason' in span) {
      collector.orphan(at, annotation, span.reason);
      continue;
    }
    const placed: Annotation = {
      ...annotation,
      start: span.start,
      end: span.end,
      ...quoteSelector(entry.article.text, span.start, span.end),
    };
    if (span.moved !== null && position) {
      collector.moved({
        annotationId: placed.id,
        where: at,
        from: { start: position.start, end: position.end },
        reason: span.moved,
      });
    }
    collector.add(placed, body.labelName, label !== null);
  }
  if (unknownTargets.size > 0) {
    const list = [...unknownTargets].map((t) => `"${t}"`).join(', ');
    warnings.push(`targets not in the codebook were left empty: ${list}`);
  }
  if (skipped > 0) {
    warnings.push(
      `${skipped} ${skipped === 1 ? 'annotation has' : 'annotations have'} no tag (label) body and ${skipped === 1 ? 'was' : 'were'} skipped`,
    );
  }
  return succeed(collector.result, warnings);
}

export function parseW3c(text: string, context: W3cParseContext): ParseResult<ForeignImport> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseW3cValue(json.value, context);
}
