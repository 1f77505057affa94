import { useEffect, useMemo, useState } from 'react';
import { usePersonalLexicon, useSuggestionFeedback } from '../../db';
import { overlapChecker } from '../../domain/annotations/span-overlap';
import { compileLexicon } from '../../domain/lexicon/match-lexicon';
import { eachSuggestion, type Suggestion } from '../../domain/suggestions/build-suggestions';
import { withPersonalLayer } from '../../domain/suggestions/personal-layer';
import { mutedEntryIds } from '../../domain/suggestions/suggestion-rank';
import type { Actor, Annotation, LexiconEntry } from '../../domain/types';
import { afterNextPaint } from './dom/after-next-paint';
import { SLICE_MS, yieldToBrowser } from './dom/yield-to-browser';

interface SuggestionInputs {
  text: string;
  lexicon: LexiconEntry[] | undefined;
  actors: Actor[];
  /** The person's own annotations, rejected suggestions included. */
  mine: Annotation[];
  blind: boolean;
  /** Whose feedback mutes entries (rejected again and again); null before a name is given. */
  annotatorId: string | null;
  /** Not yet: the scan waits (while the article's annotations are still being read). */
  hold?: boolean;
}

/**
 * The matches of the lexicon and the person's own terms in the article (`allMatches`) and those
 * still offered (`suggestions`: none in blind mode, none over words the person has already
 * annotated or rejected, and none of an entry the person has muted by rejecting it); `ready`
 * once they are computed from the loaded lexicon and terms for this text and these actors.
 */
export function useSuggestions(inputs: SuggestionInputs) {
  const { text, actors, mine, blind, hold = false } = inputs;
  const personal = usePersonalLexicon().data;
  const feedback = useSuggestionFeedback(inputs.annotatorId).data;
  const lexicon = useMemo(
    // Undefined until both have loaded, so that `ready` never reports a scan without the terms.
    () => (inputs.lexicon && personal ? withPersonalLayer(inputs.lexicon, personal) : undefined),
    [inputs.lexicon, personal],
  );
  const muted = useMemo(() => mutedEntryIds(feedback ?? []), [feedback]);
  // Suggestions are computed once the annotations are on screen: the first paint of a long
  // article never waits for the lexicon scan.
  const [computedMatches, setComputedMatches] = useState<{
    text: string;
    lexicon: LexiconEntry[] | undefined;
    actors: Actor[];
    matches: Suggestion[];
  } | null>(null);
  useEffect(() => {
    if (hold) return;
    let live = true;
    void afterNextPaint().then(async () => {
      // In slices: in a long article judging every match's voice and target would otherwise
      // hold the main thread for well over 100 ms.
      const matches: Suggestion[] = [];
      let sliceEnd = performance.now() + SLICE_MS;
      for (const suggestion of eachSuggestion(text, compileLexicon(lexicon ?? []), actors, [])) {
        matches.push(suggestion);
        if (performance.now() < sliceEnd) continue;
        await yieldToBrowser();
        if (!live) return;
        sliceEnd = performance.now() + SLICE_MS;
      }
      if (live) setComputedMatches({ text, lexicon, actors, matches });
    });
    return () => {
      live = false;
    };
  }, [text, lexicon, actors, hold]);

  const allMatches = useMemo(
    () => (computedMatches?.text === text ? computedMatches.matches : []),
    [computedMatches, text],
  );
  const suggestions = useMemo(() => {
    if (blind) return [];
    const overlapsHandled = overlapChecker(
      mine.filter(
        (annotation) => annotation.status === 'rejected-suggestion' || !annotation.deleted,
      ),
    );
    // A suggestion disappears once the person has annotated, or rejected, words that overlap it.
    return allMatches.filter(
      (suggestion) =>
        !muted.has(suggestion.entryId) && !overlapsHandled(suggestion.start, suggestion.end),
    );
  }, [blind, mine, allMatches, muted]);

  const ready =
    lexicon !== undefined &&
    computedMatches?.text === text &&
    computedMatches.lexicon === lexicon &&
    computedMatches.actors === actors;
  return { allMatches, suggestions, ready };
}
