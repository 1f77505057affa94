import { useEffect, useMemo, useState } from 'react';
import { overlapChecker } from '../../domain/annotations/span-overlap';
import { compileLexicon } from '../../domain/lexicon/match-lexicon';
import { eachSuggestion, type Suggestion } from '../../domain/suggestions/build-suggestions';
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
}

/**
 * The lexicon's matches in the article (`allMatches`) and those still offered
 * (`suggestions`: none in blind mode, and none over words the person has already annotated or
 * rejected); `ready` once they are computed from the loaded lexicon for this text and actors.
 */
export function useSuggestions({ text, lexicon, actors, mine, blind }: SuggestionInputs) {
  // Suggestions are computed once the annotations are on screen: the first paint of a long
  // article never waits for the lexicon scan.
  const [computedMatches, setComputedMatches] = useState<{
    text: string;
    lexicon: LexiconEntry[] | undefined;
    actors: Actor[];
    matches: Suggestion[];
  } | null>(null);
  useEffect(() => {
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
  }, [text, lexicon, actors]);

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
    return allMatches.filter((suggestion) => !overlapsHandled(suggestion.start, suggestion.end));
  }, [blind, mine, allMatches]);

  const ready =
    lexicon !== undefined &&
    computedMatches?.text === text &&
    computedMatches.lexicon === lexicon &&
    computedMatches.actors === actors;
  return { allMatches, suggestions, ready };
}
