import { useCallback, useMemo, useState } from 'react';
import { usePersonalLexicon } from '../../../db';
import { overlapChecker } from '../../../domain/annotations/span-overlap';
import type { Suggestion } from '../../../domain/suggestions/build-suggestions';
import {
  nextOffer,
  similarSuggestions,
  similarTerm,
  withSimilar,
  type SimilarTerm,
} from '../../../domain/suggestions/similar-occurrences';
import type { Annotation, LexiconEntry } from '../../../domain/types';
import { useJoinPersonalLayer } from './use-join-personal-layer';

interface OfferInputs {
  articleId: string;
  text: string;
  lexicon: LexiconEntry[] | undefined;
  /** The person's own annotations, rejected suggestions included. */
  mine: Annotation[];
  /** The lexicon's suggestions as offered now. */
  suggestions: Suggestion[];
  /** Blind mode or an assignment without suggestions: nothing is offered. */
  suggestionsOff: boolean;
}

interface MarkedTerm {
  articleId: string;
  annotationId: string;
  term: SimilarTerm;
}

const handledBy = (mine: readonly Annotation[]) =>
  overlapChecker(
    mine.filter((annotation) => annotation.status === 'rejected-suggestion' || !annotation.deleted),
  );

/**
 * "Annotate similar" in this article: after a term is marked by hand, its other occurrences
 * are offered among the suggestions with the marked annotation's label, valence and target
 * (read from the annotation as stored, so an edit of it carries over). A term no entry has
 * joins the personal lexicon layer, in blind mode too.
 */
export function useSimilarOffers(inputs: OfferInputs) {
  const { articleId, text, lexicon, mine, suggestions, suggestionsOff } = inputs;
  const personal = usePersonalLexicon().data;
  const joinPersonalLayer = useJoinPersonalLayer();
  const [marked, setMarked] = useState<MarkedTerm | null>(null);

  const active = marked?.articleId === articleId && !suggestionsOff ? marked : null;
  const source = active ? mine.find((a) => a.id === active.annotationId && !a.deleted) : undefined;
  const offers = useMemo(
    () => (active && source ? similarSuggestions(text, active.term, source, handledBy(mine)) : []),
    [active, source, text, mine],
  );
  const offered = useMemo(() => withSimilar(suggestions, offers), [suggestions, offers]);

  /** After a mark by hand: its term's other occurrences are offered from now on. */
  const remember = useCallback(
    (annotation: Annotation) => {
      const term = similarTerm(annotation.exact, [...(lexicon ?? []), ...(personal ?? [])]);
      if (!term) return;
      joinPersonalLayer(term, annotation);
      if (!suggestionsOff) setMarked({ articleId, annotationId: annotation.id, term });
    },
    [lexicon, personal, joinPersonalLayer, suggestionsOff, articleId],
  );

  /** The occurrence Enter confirms while `selected` is the marked annotation; else null. */
  const nextAfter = (selected: Annotation | null): Suggestion | null =>
    source && selected?.id === source.id ? nextOffer(offers, source) : null;

  const isOffer = useCallback(
    (suggestion: Suggestion) =>
      offers.some((offer) => offer.start === suggestion.start && offer.end === suggestion.end),
    [offers],
  );

  return {
    /** The marked words and their term while occurrences are offered; else null. */
    marked: active && source ? { exact: source.exact, term: active.term, source } : null,
    offers,
    /** The lexicon's suggestions with the similar offers in among them. */
    suggestions: offered,
    remember,
    nextAfter,
    isOffer,
    dismiss: () => setMarked(null),
  };
}
