import type { Annotation, Annotator } from '../../types';
import { fail, succeed, type ParseResult } from '../result';
import { keepSafeUrl } from '../safe-url';
import { offsetOrderProblem } from '../schemas';
import type { ExchangeArticle, NativeParseOptions } from './native-envelope';

/** The checks across records of a FrameLens file, after each record passed its schema. */

interface Identified {
  id: string;
}

/**
 * Collapses records that repeat an id with identical content; the same id with different
 * content is an error naming the id and both places.
 */
export function dedupeById<T extends Identified>(
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

/** Every article's outlet is in the file; unsafe links are dropped (with a warning). */
export function checkArticles(
  articles: readonly ExchangeArticle[],
  outletIds: ReadonlySet<string>,
  warnings: string[],
): ParseResult<ExchangeArticle[]> {
  const clean: ExchangeArticle[] = [];
  for (const [index, article] of articles.entries()) {
    if (!outletIds.has(article.outletId)) {
      return fail(
        `articles[${index}].outletId "${article.outletId}" is not one of the outlets in this file`,
        `articles[${index}].outletId`,
      );
    }
    const { text, ...metadata } = article;
    const kept: ExchangeArticle = text === undefined ? metadata : { ...metadata, text };
    kept.url = keepSafeUrl(article.url, `articles[${index}] ("${article.title}")`, warnings);
    clean.push(kept);
  }
  return succeed(clean);
}

/** An article without its text must be in the library when it carries annotations. */
export function checkTextsAvailable(
  articles: readonly ExchangeArticle[],
  annotations: readonly Annotation[],
  options: NativeParseOptions,
): ParseResult<true> {
  const known = options.knownTextHashes;
  if (!known) return succeed(true);
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    counts.set(annotation.articleId, (counts.get(annotation.articleId) ?? 0) + 1);
  }
  for (const [index, article] of articles.entries()) {
    if (article.text !== undefined || known.has(article.textHash)) continue;
    const n = counts.get(article.id) ?? 0;
    if (n === 0) continue;
    return fail(
      `articles[${index}] ("${article.title}") has no text and is not in your library, so its ${n} ${n === 1 ? 'annotation' : 'annotations'} cannot be placed. Ask for an export made with article texts included.`,
      `articles[${index}].text`,
    );
  }
  return succeed(true);
}

/** An annotation's span and references; true when the text at its offsets is its quote. */
function checkAnnotation(
  annotation: Annotation,
  at: string,
  articles: ReadonlyMap<string, ExchangeArticle>,
  annotators: ReadonlySet<string>,
): ParseResult<boolean> {
  const { start, end } = annotation;
  // The schema made both whole numbers ≥ 0; their order is checked here, after de-duplication.
  const order = offsetOrderProblem(start, end);
  if (order === 'reversed')
    return fail(`${at}.end (${end}) is before start (${start})`, `${at}.end`);
  if (order === 'empty') {
    return fail(`${at} is empty: start and end are both ${start}`, `${at}.end`);
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
  if (article.text === undefined) return succeed(true);
  if (end > article.text.length) {
    return fail(
      `${at}.end (${end}) is past the end of article "${article.id}" (its text is ${article.text.length} UTF-16 code units long)`,
      `${at}.end`,
    );
  }
  return succeed(article.text.slice(start, end) === annotation.exact);
}

export function checkAnnotations(
  data: { articles: ExchangeArticle[]; annotations: Annotation[]; annotators: Annotator[] },
  warnings: string[],
): ParseResult<true> {
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const annotators = new Set(data.annotators.map((annotator) => annotator.id));
  let mismatched = 0;
  let firstMismatch = '';
  for (const [index, annotation] of data.annotations.entries()) {
    const at = `annotations[${index}]`;
    const checked = checkAnnotation(annotation, at, articles, annotators);
    if (!checked.ok) return checked;
    if (checked.value) continue;
    mismatched++;
    if (firstMismatch === '') firstMismatch = at;
  }
  if (mismatched > 0) {
    warnings.push(
      `${mismatched} ${mismatched === 1 ? 'annotation does' : 'annotations do'} not match the article text at their offsets (first: ${firstMismatch}); they will be re-anchored by their quote`,
    );
  }
  return succeed(true);
}
