import { createAnnotation } from '../annotations/create-annotation';
import type { Annotation } from '../types';
import type { SpanAttributes } from './agreement-types';

export interface GoldAnnotationInput extends SpanAttributes {
  id: string;
  articleId: string;
  /** The article's text, for the quote and its context. */
  text: string;
  start: number;
  end: number;
  note: string;
  goldAnnotatorId: string;
  now: string;
}

/** The accepted version (as chosen or edited) as an annotation of the gold annotator. */
export function goldAnnotation(input: GoldAnnotationInput): Annotation {
  const annotation = createAnnotation({
    id: input.id,
    articleId: input.articleId,
    text: input.text,
    start: input.start,
    end: input.end,
    labelId: input.labelId,
    annotatorId: input.goldAnnotatorId,
    target: input.target,
    voice: input.voice,
    valence: input.valence,
    now: input.now,
  });
  return { ...annotation, note: input.note };
}
