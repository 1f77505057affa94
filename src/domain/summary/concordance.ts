import { compareText } from './collate';
import { NO_TARGET_NAME, type IncludedArticle, type SummaryData } from './prepare-summary';
import type { Voice } from '../types';
import type { OutletRef, SummaryAnnotation } from './summary-types';

export interface ConcordanceLine extends OutletRef {
  annotationId: string;
  articleId: string;
  start: number;
  end: number;
  term: string;
  /** The annotated words as they stand in the article (the annotation's `exact` if the
   * article text is missing or does not reach the offsets). */
  keyword: string;
  /** Up to `width` UTF-16 units either side, cut at white space where possible, with
   * white-space runs (line breaks included) shown as one space. */
  left: string;
  right: string;
  /** Whether text was cut off before `left` / after `right` (show an ellipsis). */
  leftTruncated: boolean;
  rightTruncated: boolean;
  voice: Voice;
  labelId: string;
  labelName: string;
  targetId: string | null;
  targetName: string;
  valence: number;
  annotatorId: string;
}

export interface ConcordanceOptions {
  /** Context length on each side, in UTF-16 units. Default 60. */
  width?: number;
  /**
   * Article texts by article id, for a summary read without them (see `concordanceArticleIds`);
   * an article missing here is quoted from its own `text`.
   */
  texts?: ReadonlyMap<string, string>;
}

const DEFAULT_WIDTH = 60;

function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x3000
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** Context before `start`: starts just after the first white space inside the window. */
export function leftContext(
  text: string,
  start: number,
  width: number,
): { text: string; truncated: boolean } {
  const from = start - width;
  if (from <= 0) return { text: collapse(text.slice(0, start)), truncated: false };
  let cut = from;
  if (!isWhiteSpace(text.charCodeAt(from - 1))) {
    let i = from;
    while (i < start && !isWhiteSpace(text.charCodeAt(i))) i++;
    if (i < start) cut = i + 1;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut += 1;
  }
  return { text: collapse(text.slice(cut, start)), truncated: true };
}

/** Context after `end`: ends just before the last white space inside the window. */
export function rightContext(
  text: string,
  end: number,
  width: number,
): { text: string; truncated: boolean } {
  const to = end + width;
  if (to >= text.length) return { text: collapse(text.slice(end)), truncated: false };
  let cut = to;
  if (!isWhiteSpace(text.charCodeAt(to))) {
    let i = to - 1;
    while (i >= end && !isWhiteSpace(text.charCodeAt(i))) i--;
    if (i >= end) cut = i;
    else if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  }
  return { text: collapse(text.slice(end, cut)), truncated: true };
}

/**
 * Keyword-in-context lines for every counted annotation whose canonical term is `term`. The
 * query is resolved like an annotation's text, so "terrorists", "Terrorist" and "terrorist" all
 * find the lexicon term "terrorist". Each annotation is one line (two annotators marking the
 * same words give two lines, one when each place is counted once). Sorted by outlet name, article (publication date, undated last,
 * then id), then position.
 */
export function concordance(
  term: string,
  data: SummaryData,
  options: ConcordanceOptions = {},
): ConcordanceLine[] {
  const width = Math.max(0, Math.floor(options.width ?? DEFAULT_WIDTH));
  const wanted = data.index.termOf(term);
  const labelNames = new Map(data.input.labels.map((label) => [label.id, label.name]));
  const actorNames = new Map(data.input.actors.map((actor) => [actor.id, actor.name]));
  const lines: { line: ConcordanceLine; published: string }[] = [];
  for (const { annotation, included } of matches(wanted, data)) {
    const { article, outlet } = included;
    const text = options.texts?.get(article.id) ?? article.text ?? '';
    lines.push({
      published: article.published,
      line: line(annotation, text, wanted, width, {
        outletId: outlet.outletId,
        outletName: outlet.outletName,
        labelName: labelNames.get(annotation.labelId) ?? annotation.labelId,
        targetName:
          annotation.target === null
            ? NO_TARGET_NAME
            : (actorNames.get(annotation.target) ?? annotation.target),
      }),
    });
  }
  lines.sort(
    (a, b) =>
      compareText(a.line.outletName, b.line.outletName) ||
      compareText(a.line.outletId, b.line.outletId) ||
      comparePublished(a.published, b.published) ||
      compareText(a.line.articleId, b.line.articleId) ||
      a.line.start - b.line.start ||
      a.line.end - b.line.end ||
      compareText(a.line.annotationId, b.line.annotationId),
  );
  return lines.map(({ line }) => line);
}

/** The counted annotations whose canonical term is `wanted` (already resolved), in input order. */
function* matches(
  wanted: string,
  data: SummaryData,
): Generator<{ annotation: SummaryAnnotation; included: IncludedArticle }> {
  for (const annotation of data.input.annotations) {
    const included = data.countedIn(annotation);
    if (included && data.index.termOf(annotation.exact) === wanted) yield { annotation, included };
  }
}

/** The articles the concordance of `term` quotes: the only texts it needs. */
export function concordanceArticleIds(term: string, data: SummaryData): string[] {
  const ids = new Set<string>();
  for (const { included } of matches(data.index.termOf(term), data)) ids.add(included.article.id);
  return [...ids];
}

function comparePublished(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}

function line(
  annotation: SummaryAnnotation,
  text: string,
  term: string,
  width: number,
  names: { outletId: string; outletName: string; labelName: string; targetName: string },
): ConcordanceLine {
  const inText =
    annotation.start >= 0 && annotation.end <= text.length && annotation.start <= annotation.end;
  const left = inText ? leftContext(text, annotation.start, width) : { text: '', truncated: false };
  const right = inText ? rightContext(text, annotation.end, width) : { text: '', truncated: false };
  return {
    outletId: names.outletId,
    outletName: names.outletName,
    annotationId: annotation.id,
    articleId: annotation.articleId,
    start: annotation.start,
    end: annotation.end,
    term,
    keyword: inText ? text.slice(annotation.start, annotation.end) : annotation.exact,
    left: left.text,
    right: right.text,
    leftTruncated: left.truncated,
    rightTruncated: right.truncated,
    voice: annotation.voice,
    labelId: annotation.labelId,
    labelName: names.labelName,
    targetId: annotation.target,
    targetName: names.targetName,
    valence: annotation.valence,
    annotatorId: annotation.annotatorId,
  };
}
