import { outletNameKey } from '../../outlet-name';
import type { Annotation, Annotator, Outlet } from '../../types';
import { parseJsonText } from '../read-input';
import { describeZodError, succeed, type ParseResult } from '../result';
import { checkAnnotations, checkArticles, checkTextsAvailable, dedupeById } from './native-checks';
import {
  checkRoot,
  checkVersion,
  envelopeSchema,
  NATIVE_FORMAT,
  NATIVE_SOURCE,
  NATIVE_VERSION,
  type ExchangeArticle,
  type NativeExport,
  type NativeParseOptions,
} from './native-envelope';

interface Records {
  outlets: Pick<Outlet, 'id' | 'name'>[];
  articles: ExchangeArticle[];
  annotations: Annotation[];
  annotators: Annotator[];
}

/** Each list without exact duplicates; an id reused with other content refuses the file. */
function dedupeAll(records: Records, warnings: string[]): ParseResult<Records> {
  const outlets = dedupeById('outlets', records.outlets, warnings);
  if (!outlets.ok) return outlets;
  const articles = dedupeById('articles', records.articles, warnings);
  if (!articles.ok) return articles;
  const annotations = dedupeById('annotations', records.annotations, warnings);
  if (!annotations.ok) return annotations;
  const annotators = dedupeById('annotators', records.annotators, warnings);
  if (!annotators.ok) return annotators;
  return succeed({
    outlets: outlets.value,
    articles: articles.value,
    annotations: annotations.value,
    annotators: annotators.value,
  });
}

/** Validates an already-parsed JSON value (detection parses once; this reuses it). */
export function parseNativeValue(
  value: unknown,
  options: NativeParseOptions = {},
): ParseResult<NativeExport> {
  const root = checkRoot(value);
  if (!root.ok) return root;
  const version = checkVersion(root.value);
  if (!version.ok) return version;
  const parsed = envelopeSchema.safeParse(root.value, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  const warnings: string[] = [];
  const records = dedupeAll(parsed.data, warnings);
  if (!records.ok) return records;
  const { outlets, annotations, annotators } = records.value;
  const outletIds = new Set(outlets.map((outlet) => outlet.id));
  const articles = checkArticles(records.value.articles, outletIds, warnings);
  if (!articles.ok) return articles;
  const texts = checkTextsAvailable(articles.value, annotations, options);
  if (!texts.ok) return texts;
  const checked = checkAnnotations({ articles: articles.value, annotations, annotators }, warnings);
  if (!checked.ok) return checked;
  const result: NativeExport = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: parsed.data.exportedAt,
    source: NATIVE_SOURCE,
    outlets: outlets.map(({ id, name }) => ({ id, name, nameKey: outletNameKey(name) })),
    articles: articles.value,
    annotations,
    annotators,
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
