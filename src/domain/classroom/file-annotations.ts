import { fail, succeed, type ParseResult } from '../exchange/result';
import { offsetOrderProblem } from '../exchange/schemas';
import type { Annotation } from '../types';

/** Checks of the annotations a submission or feedback file carries, within the file. */

export interface AnnotationRules {
  /** Where the list is in the file: "annotations", "key.annotations". */
  at: string;
  /** The only annotator the file may hold, and how to name it in a message. */
  annotatorId: string;
  annotatorRole: string;
  articleIds: ReadonlySet<string>;
}

function checkOne(annotation: Annotation, at: string, rules: AnnotationRules): ParseResult<true> {
  const order = offsetOrderProblem(annotation.start, annotation.end);
  if (order === 'reversed') {
    return fail(`${at}.end (${annotation.end}) is before start (${annotation.start})`, `${at}.end`);
  }
  if (order === 'empty') {
    return fail(`${at} is empty: start and end are both ${annotation.start}`, `${at}.end`);
  }
  if (annotation.annotatorId !== rules.annotatorId) {
    return fail(
      `${at}.annotatorId "${annotation.annotatorId}" is not the ${rules.annotatorRole} ("${rules.annotatorId}"): this file may only hold the ${rules.annotatorRole}'s annotations`,
      `${at}.annotatorId`,
    );
  }
  if (!rules.articleIds.has(annotation.articleId)) {
    return fail(
      `${at}.articleId "${annotation.articleId}" is not one of the articles in this file`,
      `${at}.articleId`,
    );
  }
  return succeed(true);
}

export function checkFileAnnotations(
  annotations: readonly Annotation[],
  rules: AnnotationRules,
): ParseResult<true> {
  const seen = new Map<string, number>();
  for (const [index, annotation] of annotations.entries()) {
    const at = `${rules.at}[${index}]`;
    const earlier = seen.get(annotation.id);
    if (earlier !== undefined) {
      return fail(
        `${at}.id "${annotation.id}" is used twice (also by ${rules.at}[${earlier}]); every annotation needs its own id`,
        `${at}.id`,
      );
    }
    seen.set(annotation.id, index);
    const checked = checkOne(annotation, at, rules);
    if (!checked.ok) return checked;
  }
  return succeed(true);
}

/** The first repeated value of `key` in a list, as a refusal naming both places. */
export function checkUnique<T>(
  list: readonly T[],
  at: string,
  field: string,
  key: (item: T) => string,
): ParseResult<true> {
  const seen = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    const value = key(item);
    const earlier = seen.get(value);
    if (earlier !== undefined) {
      return fail(
        `${at}[${index}].${field} "${value}" is used twice (also by ${at}[${earlier}])`,
        `${at}[${index}].${field}`,
      );
    }
    seen.set(value, index);
  }
  return succeed(true);
}

/**
 * An annotation against the text it points at (the file does not carry it: the teacher's copy
 * does). Refused when its offsets run past the text; the value says whether the text at its
 * offsets is its quote.
 */
export function checkSpanAgainstText(
  annotation: Pick<Annotation, 'start' | 'end' | 'exact'>,
  text: string,
  at: string,
): ParseResult<boolean> {
  if (annotation.end > text.length) {
    return fail(
      `${at}.end (${annotation.end}) is past the end of the article (its text is ${text.length} UTF-16 code units long)`,
      `${at}.end`,
    );
  }
  return succeed(text.slice(annotation.start, annotation.end) === annotation.exact);
}
