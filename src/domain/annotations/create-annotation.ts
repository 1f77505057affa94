import { quoteSelector } from '../text/quote-selector';
import type { Annotation, AnnotationStatus, Voice } from '../types';

export interface NewAnnotationInput {
  id: string;
  articleId: string;
  text: string;
  start: number;
  end: number;
  labelId: string;
  annotatorId: string;
  target: string | null;
  voice: Voice;
  valence: number;
  now: string;
  status?: AnnotationStatus;
}

/** Builds a complete annotation record: quote, 32-character context and timestamps. */
export function createAnnotation(input: NewAnnotationInput): Annotation {
  const { exact, prefix, suffix } = quoteSelector(input.text, input.start, input.end);
  return {
    id: input.id,
    articleId: input.articleId,
    start: input.start,
    end: input.end,
    exact,
    prefix,
    suffix,
    labelId: input.labelId,
    target: input.target,
    valence: clampValence(input.valence),
    voice: input.voice,
    note: '',
    annotatorId: input.annotatorId,
    status: input.status ?? 'accepted',
    createdAt: input.now,
    updatedAt: input.now,
    deleted: 0,
  };
}

export function clampValence(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.max(-2, Math.min(2, Math.round(value)));
}

/** Annotations in reading order; ties (same start) put the longer span first. */
export function byTextOrder(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return a.start - b.start || b.end - a.end;
}

/** The annotations covering a text offset, shortest first (the most specific one wins a click). */
export function annotationsAt<T extends { start: number; end: number }>(
  items: T[],
  offset: number,
): T[] {
  return items
    .filter((item) => item.start <= offset && offset < item.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
