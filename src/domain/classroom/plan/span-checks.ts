import { checkSpanAgainstText } from '../file-annotations';
import type { Annotation } from '../../types';

const QUOTE_LENGTH = 40;

function quoted(text: string): string {
  const cut = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
  return `“${cut}”`;
}

function checkSpan(annotation: Annotation, text: string, at: string): string | null {
  const placed = checkSpanAgainstText(annotation, text, at);
  if (!placed.ok) return `Tampered: ${placed.error.message}.`;
  if (placed.value) return null;
  const { start, end } = annotation;
  return `Tampered: ${at} (${annotation.id}) quotes ${quoted(annotation.exact)} but the text at ${start}–${end} reads ${quoted(text.slice(start, end))}.`;
}

/**
 * The first span that does not sit on its article's text (offsets out of range, or a quote
 * that is not the text there), as a message naming it; null when every span fits.
 */
export function firstMisplacedSpan(
  annotations: readonly Annotation[],
  textOf: (articleId: string) => string | undefined,
  prefix: string,
): string | null {
  for (const [index, annotation] of annotations.entries()) {
    const at = `${prefix}annotations[${index}]`;
    const text = textOf(annotation.articleId);
    if (text === undefined) {
      return `${at} (${annotation.id}) points at a text the assignment does not hold (${annotation.articleId}).`;
    }
    const problem = checkSpan(annotation, text, at);
    if (problem) return problem;
  }
  return null;
}
