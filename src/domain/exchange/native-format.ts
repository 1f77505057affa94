import { sha256Hex } from '../hash';
import { outletNameKey } from '../outlet-name';
import type { Annotation, Annotator, Article, Codebook, Outlet } from '../types';
import { z } from '../validation/zod';
import { isJsonObject, parseJsonText } from './read-input';
import { describeValue, describeZodError, fail, succeed, type ParseResult } from './result';
import {
  annotationSchema,
  annotatorSchema,
  articleSchema,
  codebookSchema,
  isoTimestamp,
  outletSchema,
} from './schemas';
import { keepSafeUrl } from './safe-url';

/**
 * Native FrameLens JSON: the lossless format (classroom hand-in, merge, backup of a scope).
 * `{ "format": "framelens", "version": 1, "exportedAt", "source": "FrameLens", "codebook"?,
 *    "outlets", "articles", "annotations", "annotators" }` — offsets are UTF-16 code units,
 * exactly as stored; article texts are optional (articles are matched by textHash).
 */

export const NATIVE_FORMAT = 'framelens';
export const NATIVE_VERSION = 1;
export const NATIVE_SOURCE = 'FrameLens';

/** An article as it travels: every stored field, with the text optional. */
export type ExchangeArticle = Omit<Article, 'text'> & { text?: string };

export interface NativeExport {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  exportedAt: string;
  source: typeof NATIVE_SOURCE;
  codebook?: Codebook;
  outlets: Outlet[];
  articles: ExchangeArticle[];
  annotations: Annotation[];
  annotators: Annotator[];
}

/** What the exchange feature hands over to be exported. */
export interface ExportScope {
  codebook?: Codebook | null;
  outlets: readonly Outlet[];
  articles: readonly Article[];
  annotations: readonly Annotation[];
  annotators: readonly Annotator[];
}

export interface NativeSerializeOptions {
  includeTexts: boolean;
  /** ISO timestamp; defaults to now. */
  exportedAt?: string;
}

export interface NativeParseOptions {
  /**
   * textHashes of the articles already in the library. When given, an article that arrives
   * without its text must be one of them, or its annotations could not be placed.
   */
  knownTextHashes?: ReadonlySet<string>;
}

export function buildNativeExport(
  scope: ExportScope,
  options: NativeSerializeOptions,
): NativeExport {
  const envelope: NativeExport = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    source: NATIVE_SOURCE,
    outlets: scope.outlets.map((outlet) => ({ ...outlet })),
    articles: scope.articles.map((article) => {
      const { text, ...metadata } = article;
      return options.includeTexts ? { ...metadata, text } : metadata;
    }),
    annotations: scope.annotations.map((annotation) => ({ ...annotation })),
    annotators: scope.annotators.map((annotator) => ({ ...annotator })),
  };
  if (scope.codebook) envelope.codebook = scope.codebook;
  return envelope;
}

/** One record per line inside each list: readable, diff-friendly and still compact. */
function writeRecords(key: string, records: readonly unknown[], last: boolean): string {
  const lines = records.map((record) => `    ${JSON.stringify(record)}`);
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `  ${JSON.stringify(key)}: ${body}${last ? '' : ','}\n`;
}

export function serializeNative(scope: ExportScope, options: NativeSerializeOptions): string {
  const envelope = buildNativeExport(scope, options);
  const outlets = envelope.outlets.map(({ id, name }) => ({ id, name }));
  let out = '{\n';
  out += `  "format": ${JSON.stringify(envelope.format)},\n`;
  out += `  "version": ${envelope.version},\n`;
  out += `  "exportedAt": ${JSON.stringify(envelope.exportedAt)},\n`;
  out += `  "source": ${JSON.stringify(envelope.source)},\n`;
  if (envelope.codebook) out += `  "codebook": ${JSON.stringify(envelope.codebook)},\n`;
  out += writeRecords('outlets', outlets, false);
  out += writeRecords('articles', envelope.articles, false);
  out += writeRecords('annotations', envelope.annotations, false);
  out += writeRecords('annotators', envelope.annotators, true);
  return `${out}}\n`;
}

const envelopeSchema = z.object(
  {
    exportedAt: isoTimestamp,
    codebook: codebookSchema.optional(),
    outlets: z.array(outletSchema, { error: 'must be a list of outlets' }),
    articles: z.array(articleSchema, { error: 'must be a list of articles' }),
    annotations: z.array(annotationSchema, { error: 'must be a list of annotations' }),
    annotators: z.array(annotatorSchema, { error: 'must be a list of annotators' }),
  },
  { error: 'must be an object' },
);

interface Identified {
  id: string;
}

/**
 * Collapses records that repeat an id with identical content; the same id with different
 * content is an error naming the id and both places.
 */
function dedupeById<T extends Identified>(
  key: string,
  records: readonly T[],
  warnings: string[],
): ParseResult<T[]> {
  const seen = new Map<string, { index: number; json: string }>();
  const kept: T[] = [];
  let collapsed = 0;
  for (const [index, record] of records.entries()) {
    const json = JSON.stringify(record);
    const earlier = seen.get(record.id);
    if (earlier === undefined) {
      seen.set(record.id, { index, json });
      kept.push(record);
    } else if (earlier.json === json) {
      collapsed++;
    } else {
      return fail(
        `${key}[${index}].id "${record.id}" is used twice with different content (also by ${key}[${earlier.index}]); every record needs its own id`,
        `${key}[${index}].id`,
      );
    }
  }
  if (collapsed > 0) {
    warnings.push(
      `${key}: ${collapsed} exact ${collapsed === 1 ? 'duplicate was' : 'duplicates were'} listed twice and counted once`,
    );
  }
  return succeed(kept);
}

function checkVersion(value: Record<string, unknown>): ParseResult<true> {
  const { format, version } = value;
  if (format === undefined) {
    return fail(
      'This is not a FrameLens export: "format" is missing (expected "framelens").',
      'format',
    );
  }
  if (format !== NATIVE_FORMAT) {
    return fail(
      `This is not a FrameLens export: "format" is ${describeValue(format)} (expected "framelens").`,
      'format',
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > NATIVE_VERSION) {
    return fail(
      `This file was made by a newer FrameLens (version ${version}); this FrameLens reads version ${NATIVE_VERSION}. Update FrameLens to import it.`,
      'version',
    );
  }
  if (version !== NATIVE_VERSION) {
    return fail(`version must be ${NATIVE_VERSION} (got ${describeValue(version)})`, 'version');
  }
  if (value.source !== undefined && value.source !== NATIVE_SOURCE) {
    return fail(`source must be "FrameLens" (got ${describeValue(value.source)})`, 'source');
  }
  return succeed(true);
}

function checkAnnotations(
  data: { articles: ExchangeArticle[]; annotations: Annotation[]; annotators: Annotator[] },
  warnings: string[],
): ParseResult<true> {
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const annotators = new Set(data.annotators.map((annotator) => annotator.id));
  let mismatched = 0;
  let firstMismatch = '';
  for (const [index, annotation] of data.annotations.entries()) {
    const at = `annotations[${index}]`;
    if (annotation.end < annotation.start) {
      return fail(
        `${at}.end (${annotation.end}) is before start (${annotation.start})`,
        `${at}.end`,
      );
    }
    if (annotation.end === annotation.start) {
      return fail(`${at} is empty: start and end are both ${annotation.start}`, `${at}.end`);
    }
    const article = articles.get(annotation.articleId);
    if (!article) {
      return fail(
        `${at}.articleId "${annotation.articleId}" is not one of the articles in this file`,
        `${at}.articleId`,
      );
    }
    if (!annotators.has(annotation.annotatorId)) {
      return fail(
        `${at}.annotatorId "${annotation.annotatorId}" is not one of the annotators in this file`,
        `${at}.annotatorId`,
      );
    }
    if (article.text === undefined) continue;
    if (annotation.end > article.text.length) {
      return fail(
        `${at}.end (${annotation.end}) is past the end of article "${article.id}" (its text is ${article.text.length} UTF-16 code units long)`,
        `${at}.end`,
      );
    }
    if (article.text.slice(annotation.start, annotation.end) !== annotation.exact) {
      mismatched++;
      if (firstMismatch === '') firstMismatch = at;
    }
  }
  if (mismatched > 0) {
    warnings.push(
      `${mismatched} ${mismatched === 1 ? 'annotation does' : 'annotations do'} not match the article text at their offsets (first: ${firstMismatch}); they will be re-anchored by their quote`,
    );
  }
  return succeed(true);
}

/** Validates an already-parsed JSON value (detection parses once; this reuses it). */
export function parseNativeValue(
  value: unknown,
  options: NativeParseOptions = {},
): ParseResult<NativeExport> {
  if (Array.isArray(value)) {
    return fail(
      'The file holds a JSON list ([ … ]); a FrameLens export is one JSON object ({ "format": "framelens", … }).',
      '(root)',
    );
  }
  if (!isJsonObject(value)) {
    return fail(
      `The file holds ${describeValue(value)}; a FrameLens export is one JSON object ({ "format": "framelens", … }).`,
      '(root)',
    );
  }
  const version = checkVersion(value);
  if (!version.ok) return version;

  const parsed = envelopeSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const warnings: string[] = [];

  const outlets = dedupeById('outlets', parsed.data.outlets, warnings);
  if (!outlets.ok) return outlets;
  const articles = dedupeById('articles', parsed.data.articles, warnings);
  if (!articles.ok) return articles;
  const annotations = dedupeById('annotations', parsed.data.annotations, warnings);
  if (!annotations.ok) return annotations;
  const annotators = dedupeById('annotators', parsed.data.annotators, warnings);
  if (!annotators.ok) return annotators;

  const outletIds = new Set(outlets.value.map((outlet) => outlet.id));
  const cleanArticles: ExchangeArticle[] = [];
  for (const [index, article] of articles.value.entries()) {
    if (!outletIds.has(article.outletId)) {
      return fail(
        `articles[${index}].outletId "${article.outletId}" is not one of the outlets in this file`,
        `articles[${index}].outletId`,
      );
    }
    const { text, ...metadata } = article;
    const clean: ExchangeArticle = text === undefined ? metadata : { ...metadata, text };
    clean.url = keepSafeUrl(article.url, `articles[${index}] ("${article.title}")`, warnings);
    cleanArticles.push(clean);
  }

  const counts = new Map<string, number>();
  for (const annotation of annotations.value) {
    counts.set(annotation.articleId, (counts.get(annotation.articleId) ?? 0) + 1);
  }
  if (options.knownTextHashes) {
    for (const [index, article] of cleanArticles.entries()) {
      if (article.text !== undefined || options.knownTextHashes.has(article.textHash)) continue;
      const n = counts.get(article.id) ?? 0;
      if (n === 0) continue;
      return fail(
        `articles[${index}] ("${article.title}") has no text and is not in your library, so its ${n} ${n === 1 ? 'annotation' : 'annotations'} cannot be placed. Ask for an export made with article texts included.`,
        `articles[${index}].text`,
      );
    }
  }

  const checked = checkAnnotations(
    { articles: cleanArticles, annotations: annotations.value, annotators: annotators.value },
    warnings,
  );
  if (!checked.ok) return checked;

  const result: NativeExport = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: parsed.data.exportedAt,
    source: NATIVE_SOURCE,
    outlets: outlets.value.map(({ id, name }) => ({ id, name, nameKey: outletNameKey(name) })),
    articles: cleanArticles,
    annotations: annotations.value,
    annotators: annotators.value,
  };
  if (parsed.data.codebook) result.codebook = parsed.data.codebook;
  return succeed(result, warnings);
}

export function parseNative(
  text: string,
  options: NativeParseOptions = {},
): ParseResult<NativeExport> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseNativeValue(json.value, options);
}

/**
 * The one asynchronous check: each included text must hash to its textHash (SHA-256 of the
 * text), or the article would be matched to the wrong library entry. Null when all agree.
 */
export async function findTextHashMismatch(
  articles: readonly ExchangeArticle[],
): Promise<string | null> {
  for (const [index, article] of articles.entries()) {
    if (article.text === undefined) continue;
    const hash = await sha256Hex(article.text);
    if (hash !== article.textHash) {
      return `articles[${index}] ("${article.title}"): the text does not match its textHash (the text was changed after export)`;
    }
  }
  return null;
}
