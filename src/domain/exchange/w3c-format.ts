import { isLanguageTag } from '../text/language-tag';
import { makeOffsetConverter, type OffsetConverter } from '../text/quote-selector';
import type { Annotation, Annotator, Article, Codebook, Label } from '../types';
import { fnv1a32, stableId } from './stable-id';
import {
  ANNOTATION_URN,
  ANNOTATOR_URN,
  articleSourceIri,
  toIri,
  W3C_CONTEXT,
  type W3cArticle,
} from './w3c/w3c-ids';

/**
 * W3C Web Annotation (JSON-LD) — an AnnotationCollection whose first AnnotationPage embeds
 * every annotation. Encoding (docs/formats.md):
 * - id `urn:uuid:<id>` (other ids: `urn:framelens:annotation:<percent-encoded id>`);
 * - motivation "tagging"; body[0] a TextualBody, purpose "tagging", value = label name, with
 *   the label id in `framelens:labelId`; then TextualBody purpose "describing" bodies whose
 *   values are `target: <actor id>`, `valence: <-2..2>`, `voice: <own|quoted|attributed>`,
 *   `note: <text>` (target and note only when set);
 * - target.source: the article's http(s) URL, else `urn:sha256:<textHash>`; target.language
 *   the article's BCP 47 language when recorded; the hash is also in `framelens:textHash`;
 *   selectors: TextQuoteSelector and TextPositionSelector, whose
 *   offsets count Unicode code points (the model's "characters"), not UTF-16 units.
 * `framelens:` is declared in the @context (`urn:framelens:`), so the extension keys are valid
 * JSON-LD. Only accepted, live annotations are exported.
 */

export { ANNO_CONTEXT, articleSourceIri, FRAMELENS_NS, W3C_CONTEXT } from './w3c/w3c-ids';

/** An exported article: what W3C import matches by, and the language of its text. */
type ExportedArticle = W3cArticle & Pick<Article, 'language'>;

export interface W3cSerializeInput {
  annotations: readonly Annotation[];
  articles: readonly ExportedArticle[];
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
    /** The article's language (BCP 47), when it is recorded. */
    language?: string;
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

interface W3cLookups {
  labels: Map<string, Label>;
  annotators: Map<string, Annotator>;
}

function toW3cAnnotation(
  annotation: Annotation,
  article: ExportedArticle,
  converter: OffsetConverter,
  lookups: W3cLookups,
): W3cAnnotation {
  const creator = lookups.annotators.get(annotation.annotatorId);
  return {
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
        value: lookups.labels.get(annotation.labelId)?.name ?? annotation.labelId,
        format: 'text/plain',
        'framelens:labelId': annotation.labelId,
      },
      ...describingBodies(annotation),
    ],
    target: {
      source: articleSourceIri(article),
      ...(isLanguageTag(article.language) ? { language: article.language } : {}),
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
  };
}

function w3cItems(input: W3cSerializeInput): W3cAnnotation[] {
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const converters = new Map<string, OffsetConverter>();
  const lookups: W3cLookups = {
    labels: new Map(input.codebook.labels.map((label) => [label.id, label])),
    annotators: new Map(input.annotators.map((annotator) => [annotator.id, annotator])),
  };
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
    items.push(toW3cAnnotation(annotation, article, converter, lookups));
  }
  return items;
}

export function buildW3cCollection(input: W3cSerializeInput): W3cCollection {
  const items = w3cItems(input);
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
// Parsing lives in w3c/ (one step per module); these names stay importable from here.

export { parseW3c, parseW3cValue, type W3cParseContext } from './w3c/parse-w3c';
