import type { Actor, AnnotationStatus, Voice } from '../types';
import { detectVoice } from '../attribution/detect-voice';
import { sentenceBounds } from '../attribution/sentence-bounds';
import { findActorMentions, targetInSentence } from '../attribution/suggest-target';
import { findMatches, type LexiconMatch, type LexiconMatcher } from '../lexicon/match-lexicon';
import { applyContextRules } from './context-rules';

/** A lexicon match offered to the annotator, with target and voice filled in. */
export interface Suggestion extends LexiconMatch {
  /** The matched text, exactly as in the article. */
  exact: string;
  /** Suggested actor id (from the sentence's grammar, see `targetInSentence`), or null. */
  target: string | null;
  voice: Voice;
}

/** What the article already has: annotations and remembered rejections. */
export interface ExistingSpan {
  start: number;
  end: number;
  status: AnnotationStatus;
}

export interface BuildSuggestionsOptions {
  /**
   * Also hide matches that overlap an accepted annotation without coinciding with it (e.g. the
   * person marked "terrorist" inside the suggested "terrorist group"), so that "accept all"
   * cannot double-count. Off by default: only exact coincidence hides a match.
   */
  hideOverlapsWithAccepted?: boolean;
}

/**
 * Lexicon matches of the text, minus those at exactly the span of an existing annotation or
 * of a rejected suggestion, each with a suggested target and voice.
 */
export function buildSuggestions(
  text: string,
  matcher: LexiconMatcher,
  actors: readonly Actor[],
  existing: readonly ExistingSpan[],
  options: BuildSuggestionsOptions = {},
): Suggestion[] {
  return [...eachSuggestion(text, matcher, actors, existing, options)];
}

/**
 * The suggestions one at a time, in text order, so that a caller on the main thread can pause
 * between them (judging the voice of every match in a long article takes a while).
 */
export function* eachSuggestion(
  text: string,
  matcher: LexiconMatcher,
  actors: readonly Actor[],
  existing: readonly ExistingSpan[],
  options: BuildSuggestionsOptions = {},
): Generator<Suggestion, void, undefined> {
  const taken = new Set(existing.map((span) => `${span.start}:${span.end}`));
  const accepted = existing
    .filter((span) => span.status === 'accepted')
    .sort((a, b) => a.start - b.start);
  const overlapsAccepted = (match: LexiconMatch): boolean =>
    accepted.some((span) => span.start < match.end && match.start < span.end);

  const mentions = findActorMentions(text, actors);
  for (const match of applyContextRules(text, findMatches(matcher, text))) {
    if (taken.has(`${match.start}:${match.end}`)) continue;
    if (options.hideOverlapsWithAccepted && overlapsAccepted(match)) continue;
    const sentence = sentenceBounds(text, match.start, match.end);
    yield {
      ...match,
      exact: text.slice(match.start, match.end),
      target: targetInSentence(text, match, { mentions, sentence, labelId: match.labelId, actors }),
      voice: detectVoice(text, match.start, match.end),
    };
  }
}
