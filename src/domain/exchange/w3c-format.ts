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
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
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

interface Describing {
  target?: string;
  valence?: string;
  voice?: string;
  note?: string;
}

const DESCRIBING = /^(target|valence|voice|note): ?([\s\S]*)$/;

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
  let skipped = 0;

  for (const [index, item] of items.entries()) {
    const at =
      path === ''
        ? items.length === 1 && !Array.isArray(value)
          ? '(root)'
          : `[${index}]`
        : `${path}[${index}]`;
    if (!isJsonObject(item) || !hasType(item, 'Annotation')) {
      return fail(
        `${at} is not an Annotation (its type is ${describeValue(isJsonObject(item) ? item.type : item)})`,
        at,
      );
    }

    // Timestamps.
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

    // Bodies: the tag (label) and the describing attributes.
    const bodies = asList(item.body).filter(isJsonObject);
    if (typeof item.bodyValue === 'string')
      bodies.push({ type: 'TextualBody', value: item.bodyValue });
    const textual = bodies.filter((body) => typeof body.value === 'string');
    const tag =
      textual.find((body) =>
        asList(body.purpose).some((p) => p === 'tagging' || p === 'classifying'),
      ) ?? textual.find((body) => !asList(body.purpose).includes('describing'));
    if (!tag) {
      skipped++;
      continue;
    }
    const labelName = String(tag.value);
    const labelHint =
      typeof tag['framelens:labelId'] === 'string' ? tag['framelens:labelId'] : labelName;
    const label = findLabel(labelHint) ?? findLabel(labelName);
    const described: Describing = {};
    for (const body of textual) {
      if (body === tag || !asList(body.purpose).includes('describing')) continue;
      const match = DESCRIBING.exec(String(body.value));
      if (match) described[match[1] as keyof Describing] = match[2] ?? '';
    }
    let valence = 0;
    if (described.valence !== undefined) {
      valence = Number(described.valence);
      if (!Number.isInteger(valence) || valence < -2 || valence > 2) {
        return fail(
          `${at}.body: "valence: ${described.valence}" must be an integer from -2 to 2`,
          `${at}.body`,
        );
      }
    }
    let voice: Voice = 'own';
    if (described.voice !== undefined) {
      if (
        described.voice !== 'own' &&
        described.voice !== 'quoted' &&
        described.voice !== 'attributed'
      ) {
        return fail(
          `${at}.body: "voice: ${described.voice}" must be own, quoted or attributed`,
          `${at}.body`,
        );
      }
      voice = described.voice;
    }
    let target: string | null = null;
    if (described.target !== undefined && described.target !== '') {
      target = findActor(described.target)?.id ?? null;
      if (target === null) {
        warnings.push(
          `${at}: target "${described.target}" is not an actor of the codebook; left empty`,
        );
      }
    }

    // Creator.
    const creatorValue = asList(item.creator)[0];
    const creatorIri = stringOrId(creatorValue);
    const annotatorId = creatorIri
      ? fromIri(creatorIri, ANNOTATOR_URN)
      : context.fallbackAnnotatorId;
    if (creatorIri) {
      const creator = isJsonObject(creatorValue) ? creatorValue : {};
      const name =
        typeof creator.name === 'string'
          ? creator.name
          : typeof creator.nickname === 'string'
            ? creator.nickname
            : annotatorId;
      collector.addAnnotator({ id: annotatorId, name, role: 'annotator' });
    }

    // Target: the article and the selectors.
    const targetValue = asList(item.target)[0];
    const targetObject = isJsonObject(targetValue) ? targetValue : {};
    const source = stringOrId(isJsonObject(targetValue) ? targetValue.source : targetValue) ?? '';
    const hashHint =
      typeof targetObject['framelens:textHash'] === 'string'
        ? targetObject['framelens:textHash']
        : source.startsWith('urn:sha256:')
          ? source.slice('urn:sha256:'.length)
          : '';
    const entry = byHash.get(hashHint) ?? byUrl.get(safeHttpUrl(source) ?? '') ?? null;
    let quote: { exact: string; prefix: string; suffix: string } | null = null;
    let position: { start: number; end: number } | null = null;
    for (const selector of asList(targetObject.selector).filter(isJsonObject)) {
      if (hasType(selector, 'TextQuoteSelector') && typeof selector.exact === 'string') {
        quote = {
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
        position = { start, end };
      }
    }

    const rawId = typeof item.id === 'string' ? item.id : null;
    const id = rawId
      ? fromIri(rawId, ANNOTATION_URN)
      : stableId(['w3c', source, quote?.exact ?? '', String(position?.start), labelName]);
    const annotation: Annotation = {
      id,
      articleId: entry?.article.id ?? source,
      start: 0,
      end: 0,
      exact: quote?.exact ?? '',
      prefix: quote?.prefix ?? '',
      suffix: quote?.suffix ?? '',
      labelId: label?.id ?? '',
      target,
      valence,
      voice,
      note: described.note ?? '',
      annotatorId,
      status: 'accepted',
      createdAt: created,
      updatedAt: modified,
      deleted: 0,
    };

    if (!entry) {
      collector.orphan(
        at,
        annotation,
        `its article (${source || 'no source'}) is not in your library`,
      );
      continue;
    }
    const text = entry.article.text;
    entry.converter ??= makeOffsetConverter(text);
    const startUnits = position ? entry.converter.toUtf16(position.start) : null;
    const endUnits = position ? entry.converter.toUtf16(position.end) : null;
    let span: { start: number; end: number } | null = null;
    if (startUnits !== null && endUnits !== null && startUnits < endUnits) {
      if (!quote || text.slice(startUnits, endUnits) === quote.exact)
        span = { start: startUnits, end: endUnits };
    }
    if (!span && quote) {
      entry.anchor ??= createAnchorer(text);
      const anchored = entry.anchor({
        start: startUnits ?? 0,
        end: endUnits ?? 0,
        ...quote,
      });
      if (anchored.status === 'orphaned') {
        collector.orphan(at, { ...annotation, articleId: entry.article.id }, anchored.reason);
        continue;
      }
      span = { start: anchored.start, end: anchored.end };
    }
    if (!span) {
      collector.orphan(at, annotation, 'it has neither a quote nor a position inside the text');
      continue;
    }
    const placed: Annotation = {
      ...annotation,
      start: span.start,
      end: span.end,
      ...quoteSelector(text, span.start, span.end),
    };
    collector.add(placed, labelName, label !== null);
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
