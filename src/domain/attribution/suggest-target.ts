import type { Actor, LexiconEntry } from '../types';
import type { Span } from '../text/graphemes';
import { compileLexicon, findMatches, type LexiconMatcher } from '../lexicon/match-lexicon';
import { sentenceBounds } from './sentence-bounds';

/** An occurrence of one of an actor's aliases in a text. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
}

const matcherCache = new WeakMap<readonly Actor[], LexiconMatcher>();

/**
 * Aliases are matched with the lexicon matcher, so they follow the same rules:
 * case-insensitive, apostrophe and hyphen variants, Unicode word boundaries, and the longest
 * alias at the leftmost position wins ("Assad regime" over "Assad" and "regime").
 */
function actorMatcher(actors: readonly Actor[]): LexiconMatcher {
  const cached = matcherCache.get(actors);
  if (cached) return cached;
  const entries: LexiconEntry[] = actors.map((actor) => ({
    id: actor.id,
    pattern: actor.name,
    forms: actor.aliases,
    labelId: '',
    valence: 0,
    canonical: actor.name,
    note: '',
  }));
  const matcher = compileLexicon(entries);
  matcherCache.set(actors, matcher);
  return matcher;
}

/** Every alias occurrence in the text, left to right, non-overlapping. */
export function findActorMentions(text: string, actors: readonly Actor[]): ActorMention[] {
  return findMatches(actorMatcher(actors), text).map((match) => ({
    start: match.start,
    end: match.end,
    actorId: match.entryId,
  }));
}

/**
 * The actor whose mention is nearest to `span` within `sentence` (mentions sorted by start):
 * a mention that overlaps the span wins outright; otherwise the smallest gap in UTF-16 units
 * between mention and span; on a tie, the earlier mention. Null when the sentence has none.
 */
export function nearestActor(
  mentions: readonly ActorMention[],
  sentence: Span,
  span: Span,
): string | null {
  let best: ActorMention | null = null;
  let bestGap = Infinity;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.end > sentence.end) break;
    const gap =
      mention.end <= span.start
        ? span.start - mention.end
        : mention.start >= span.end
          ? mention.start - span.end
          : -1;
    if (gap < bestGap) {
      best = mention;
      bestGap = gap;
    }
  }
  return best?.actorId ?? null;
}

/** Suggested target of the words at [start, end): see `nearestActor`. */
export function suggestTarget(
  text: string,
  start: number,
  end: number,
  actors: readonly Actor[],
): string | null {
  const sentence = sentenceBounds(text, start, end);
  const mentions = findActorMentions(text.slice(sentence.start, sentence.end), actors).map(
    (mention) => ({
      ...mention,
      start: mention.start + sentence.start,
      end: mention.end + sentence.start,
    }),
  );
  return nearestActor(mentions, sentence, { start, end });
}
