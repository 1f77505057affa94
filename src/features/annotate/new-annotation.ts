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
  /**
   * Off (blind mode, or an assignment without suggestions): a hand-made annotation starts from
   * neutral defaults, so that every attribute in it is a choice the person made.
   */
  suggestionsOn: boolean;
}

type Attributes = Pick<Annotation, 'target' | 'voice' | 'valence'>;

/** Voice needs a value in every format: "own" is the default, not a guess from the text. */
const UNCHOSEN: Attributes = { target: null, voice: 'own', valence: 0 };

/**
 * A new annotation of `span`. Made from a suggestion it takes the suggestion's target, voice
 * and valence; otherwise, with suggestions on, they are guessed from the text around it.
 */
export function newAnnotation(
  context: NewAnnotationContext,
  annotatorId: string,
  span: { start: number; end: number },
  labelId: string,
  fromSuggestion?: Suggestion,
): Annotation {
  const attributes = fromSuggestion
    ? {
        target: fromSuggestion.target,
        voice: fromSuggestion.voice,
        valence: fromSuggestion.valence,
      }
    : context.suggestionsOn
      ? guessedAttributes(context, span, labelId)
      : UNCHOSEN;
  return createAnnotation({
    id: newId(),
    articleId: context.articleId,
    text: context.text,
    start: span.start,
    end: span.end,
    labelId,
    annotatorId,
    ...attributes,
    now: nowIso(),
  });
}

function guessedAttributes(
  { text, actors, matches }: NewAnnotationContext,
  span: { start: number; end: number },
  labelId: string,
): Attributes {
  const match = matches.find(
    (candidate) => candidate.start === span.start && candidate.end === span.end,
  );
  return {
    target: suggestTarget(text, span.start, span.end, actors, labelId),
    voice: detectVoice(text, span.start, span.end),
    valence: match?.valence ?? 0,
  };
}
