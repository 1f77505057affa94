import { newId, nowIso } from '../../db';
import { createAnnotation } from '../../domain/annotations/create-annotation';
import { detectVoice } from '../../domain/attribution/detect-voice';
import { suggestTarget } from '../../domain/attribution/suggest-target';
import type { Suggestion } from '../../domain/suggestions/build-suggestions';
import type { Actor, Annotation } from '../../domain/types';

export interface NewAnnotationContext {
  articleId: string;
  text: string;
  actors: Actor[];
  /** The lexicon's matches in the text: labelling exactly a match's words takes its valence. */
  matches: Suggestion[];
}

/**
 * A new annotation of `span`. Made from a suggestion it takes the suggestion's target, voice
 * and valence; otherwise they are guessed from the text around it.
 */
export function newAnnotation(
  { articleId, text, actors, matches }: NewAnnotationContext,
  annotatorId: string,
  span: { start: number; end: number },
  labelId: string,
  fromSuggestion?: Suggestion,
): Annotation {
  return createAnnotation({
    id: newId(),
    articleId,
    text,
    start: span.start,
    end: span.end,
    labelId,
    annotatorId,
    target: fromSuggestion
      ? fromSuggestion.target
      : suggestTarget(text, span.start, span.end, actors),
    voice: fromSuggestion ? fromSuggestion.voice : detectVoice(text, span.start, span.end),
    valence:
      fromSuggestion?.valence ??
      matches.find((match) => match.start === span.start && match.end === span.end)?.valence ??
      0,
    now: nowIso(),
  });
}
