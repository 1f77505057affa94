import { sha256Hex } from '../hash';
import type { Annotation, Annotator, Article, Codebook, Outlet } from '../types';
import {
  NATIVE_FORMAT,
  NATIVE_SOURCE,
  NATIVE_VERSION,
  type ExchangeArticle,
  type NativeExport,
} from './native/native-envelope';

/**
 * Native FrameLens JSON: the lossless format (classroom hand-in, merge, backup of a scope).
 * `{ "format": "framelens", "version": 1, "exportedAt", "source": "FrameLens", "codebook"?,
 *    "outlets", "articles", "annotations", "annotators" }` — offsets are UTF-16 code units,
 * exactly as stored; article texts are optional (articles are matched by textHash).
 */

export {
  NATIVE_FORMAT,
  NATIVE_SOURCE,
  NATIVE_VERSION,
  type ExchangeArticle,
  type NativeExport,
  type NativeParseOptions,
} from './native/native-envelope';
export { parseNative, parseNativeValue } from './native/parse-native';

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
