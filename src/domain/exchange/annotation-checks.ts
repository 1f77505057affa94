import { createAnchorer, type AnchorResult, type AnchorSelector } from '../anchoring/reanchor';
import { quoteSelector } from '../text/quote-selector';
import type { Annotation } from '../types';
import { fail, succeed, type ParseResult } from './result';
import { offsetOrderProblem } from './schemas';

/**
 * The checks a file with whole article texts must pass before its annotations are stored
 * (a backup being restored): every reference resolves (article → outlet, annotation →
 * article, annotator and label), every span lies inside its text on whole characters, and
 * every quote is at its offsets — or is found again by the anchoring import uses; a quote
 * that cannot be found refuses the file rather than painting wrong words (a rejected
 * suggestion is skipped instead, as on import). Messages name the
 * record and the field, in the words native imports use.
 */

export interface CheckedArticle {
  id: string;
  outletId: string;
  text: string;
}

export interface AnnotationCheckInput {
  /** Path of the lists in the file: '' for top-level lists, 'tables.' inside a backup. */
  prefix: string;
  /** How messages name the file: "this file", "this backup". */
  container: string;
  outletIds: ReadonlySet<string>;
  articles: readonly CheckedArticle[];
  annotatorIds: ReadonlySet<string>;
  /** The codebook the annotations are counted under. */
  codebook: { name: string; labelIds: ReadonlySet<string> };
  annotations: readonly Annotation[];
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether `offset` falls between the two halves of one character (a surrogate pair). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

function quoted(exact: string): string {
  return `“${exact.length > 40 ? `${exact.slice(0, 40)}…` : exact}”`;
}

function checkSpan(
  at: string,
  articleId: string,
  text: string,
  start: number,
  end: number,
): ParseResult<true> {
  for (const [field, offset] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (splitsSurrogatePair(text, offset)) {
      return fail(
        `${at}.${field} (${offset}) falls between the two halves of one character (a surrogate pair) in article "${articleId}"; an annotation starts and ends on whole characters`,
        `${at}.${field}`,
      );
    }
  }
  return succeed(true);
}

/** What one check carries from annotation to annotation. */
interface CheckRun {
  input: AnnotationCheckInput;
  articles: Map<string, CheckedArticle>;
  anchorers: Map<string, (selector: AnchorSelector) => AnchorResult>;
  checked: Annotation[];
  reanchored: number;
  skippedRejected: number;
  firstReanchored: string;
}

function checkOutlets(input: AnnotationCheckInput): ParseResult<true> {
  const { prefix, container } = input;
  for (const [index, article] of input.articles.entries()) {
    if (!input.outletIds.has(article.outletId)) {
      return fail(
        `${prefix}articles[${index}].outletId "${article.outletId}" is not one of the outlets in ${container}`,
        `${prefix}articles[${index}].outletId`,
      );
    }
  }
  return succeed(true);
}

/** Offsets in order, every reference resolved, the span inside its text: returns the article. */
function checkReferences(
  run: CheckRun,
  annotation: Annotation,
  at: string,
): ParseResult<CheckedArticle> {
  const { container, codebook, annotatorIds } = run.input;
  const { start, end } = annotation;
  const order = offsetOrderProblem(start, end);
  if (order === 'reversed')
    return fail(`${at}.end (${end}) is before start (${start})`, `${at}.end`);
  if (order === 'empty')
    return fail(`${at} is empty: start and end are both ${start}`, `${at}.end`);
  const article = run.articles.get(annotation.articleId);
  if (!article) {
    return fail(
      `${at}.articleId "${annotation.articleId}" is not one of the articles in ${container}`,
      `${at}.articleId`,
    );
  }
  if (!annotatorIds.has(annotation.annotatorId)) {
    return fail(
      `${at}.annotatorId "${annotation.annotatorId}" is not one of the annotators in ${container}`,
      `${at}.annotatorId`,
    );
  }
  // A deleted annotation may keep the id of a label deleted after it (deleting a label only
  // asks where its live annotations go), and it is never shown or counted.
  if (annotation.deleted === 0 && !codebook.labelIds.has(annotation.labelId)) {
    return fail(
      `${at}.labelId "${annotation.labelId}" is not one of the labels of the codebook in ${container} ("${codebook.name}")`,
      `${at}.labelId`,
    );
  }
  if (end > article.text.length) {
    return fail(
      `${at}.end (${end}) is past the end of article "${article.id}" (its text is ${article.text.length} UTF-16 code units long)`,
      `${at}.end`,
    );
  }
  return succeed(article);
}

/** Keeps the annotation where its quote is, re-anchoring it when the text moved. */
function placeChecked(
  run: CheckRun,
  annotation: Annotation,
  at: string,
  article: CheckedArticle,
): ParseResult<true> {
  const { start, end } = annotation;
  const { text } = article;
  // A deleted annotation is never painted: like import, it is kept as it is.
  if (annotation.deleted === 1 || text.slice(start, end) === annotation.exact) {
    const span = checkSpan(at, article.id, text, start, end);
    if (!span.ok) return span;
    run.checked.push(annotation);
    return succeed(true);
  }
  let anchor = run.anchorers.get(article.id);
  if (!anchor) {
    anchor = createAnchorer(text);
    run.anchorers.set(article.id, anchor);
  }
  const found = anchor(annotation);
  if (found.status === 'orphaned' && annotation.status === 'rejected-suggestion') {
    // As on import: a "no" to a suggestion that is no longer in the text is not kept.
    run.skippedRejected++;
    return succeed(true);
  }
  if (found.status === 'orphaned') {
    return fail(
      `${at}.exact ${quoted(annotation.exact)} is not the text of article "${article.id}" at ${start}–${end}, and it could not be found again: ${found.reason}`,
      `${at}.exact`,
    );
  }
  const span = checkSpan(at, article.id, text, found.start, found.end);
  if (!span.ok) return span;
  const moved = { start: found.start, end: found.end };
  run.checked.push({ ...annotation, ...moved, ...quoteSelector(text, moved.start, moved.end) });
  run.reanchored++;
  if (run.firstReanchored === '') run.firstReanchored = at;
  return succeed(true);
}

function checkWarnings(run: CheckRun): string[] {
  const { reanchored, skippedRejected, firstReanchored } = run;
  const warnings: string[] = [];
  if (reanchored > 0) {
    warnings.push(
      reanchored === 1
        ? `1 annotation does not match the article text at its offsets (${firstReanchored}); it was re-anchored by its quote`
        : `${reanchored} annotations do not match the article text at their offsets (first: ${firstReanchored}); they were re-anchored by their quotes`,
    );
  }
  if (skippedRejected > 0) {
    warnings.push(
      `${skippedRejected} rejected ${skippedRejected === 1 ? 'suggestion' : 'suggestions'} could not be placed in the text and ${skippedRejected === 1 ? 'was' : 'were'} skipped`,
    );
  }
  return warnings;
}

/**
 * Checks every reference, offset and quote. Returns the annotations with the ones whose
 * quote moved re-anchored (new offsets and context), or the first problem found.
 */
export function checkAnnotationsAgainstTexts(
  input: AnnotationCheckInput,
): ParseResult<Annotation[]> {
  const outlets = checkOutlets(input);
  if (!outlets.ok) return outlets;
  const run: CheckRun = {
    input,
    articles: new Map(input.articles.map((article) => [article.id, article])),
    anchorers: new Map(),
    checked: [],
    reanchored: 0,
    skippedRejected: 0,
    firstReanchored: '',
  };
  for (const [index, annotation] of input.annotations.entries()) {
    const at = `${input.prefix}annotations[${index}]`;
    const article = checkReferences(run, annotation, at);
    if (!article.ok) return article;
    const placed = placeChecked(run, annotation, at, article.value);
    if (!placed.ok) return placed;
  }
  return succeed(run.checked, checkWarnings(run));
}
