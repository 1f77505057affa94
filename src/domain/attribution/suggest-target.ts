import type { Actor, LexiconEntry } from '../types';
import type { Span } from '../text/graphemes';
import { compileLexicon, findMatches, type LexiconMatcher } from '../lexicon/match-lexicon';
import { sentenceBounds } from './sentence-bounds';
import { isBacker, namedByGrammar, type ActorMention } from './target-cues';
import { verbSubject } from './verb-subject';

const matcherCache = new WeakMap<readonly Actor[], LexiconMatcher>();
const aliasWordCache = new WeakMap<readonly Actor[], Map<string, Set<string>>>();

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

const words = (phrase: string): string[] =>
  phrase.toLocaleLowerCase('en').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Each word of any alias, with the actors whose aliases use it. */
function aliasWords(actors: readonly Actor[]): Map<string, Set<string>> {
  const cached = aliasWordCache.get(actors);
  if (cached) return cached;
  const index = new Map<string, Set<string>>();
  for (const actor of actors) {
    for (const word of actor.aliases.flatMap(words)) {
      index.set(word, (index.get(word) ?? new Set()).add(actor.id));
    }
  }
  aliasWordCache.set(actors, index);
  return index;
}

/** Every alias occurrence in the text, left to right, non-overlapping. */
export function findActorMentions(text: string, actors: readonly Actor[]): ActorMention[] {
  return findMatches(actorMatcher(actors), text).map((match) => ({
    start: match.start,
    end: match.end,
    actorId: match.entryId,
  }));
}

/** The mentions inside `sentence` (mentions sorted by start), backers left out. */
function mentionsIn(text: string, mentions: readonly ActorMention[], sentence: Span) {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: ActorMention[] = [];
  for (let i = lo; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.end > sentence.end) break;
    if (!isBacker(text, mention)) inside.push(mention);
  }
  return inside;
}

/** The one actor of a set; null when the cues disagree; undefined when none applied. */
function single(actors: Set<string>): string | null | undefined {
  if (actors.size === 0) return undefined;
  return actors.size === 1 ? ([...actors][0] ?? null) : null;
}

/** A label that itself names a party: it holds an alias, or a word only one actor's aliases use. */
function namedBySpan(
  mentions: readonly ActorMention[],
  span: Span,
  spanText: string,
  actors: readonly Actor[] | undefined,
): string | null | undefined {
  const inside = new Set(
    mentions.filter((m) => m.start < span.end && span.start < m.end).map((m) => m.actorId),
  );
  if (inside.size > 0 || !actors) return single(inside);
  const index = aliasWords(actors);
  const owners = new Set<string>();
  for (const word of words(spanText)) {
    const users = index.get(word);
    if (users?.size === 1) users.forEach((id) => owners.add(id));
  }
  return single(owners);
}

/** Characters on each side of the words in which their clause's aliases are looked for. */
const CLAUSE_REACH = 300;

/** The clause around `span`: cut at clause punctuation inside the sentence. */
function clauseAround(text: string, sentence: Span, span: Span): Span {
  const breaks = /[,;:()—–]/u;
  const first = Math.max(sentence.start, span.start - CLAUSE_REACH);
  const last = Math.min(sentence.end, span.end + CLAUSE_REACH);
  let start = span.start;
  while (start > first && !breaks.test(text.charAt(start - 1))) start--;
  let end = span.end;
  while (end < last && !breaks.test(text.charAt(end))) end++;
  return { start, end };
}

/**
 * The actor mention nearest to `span` inside `clause`: the smallest gap in UTF-16 units; on a
 * tie, the earlier mention. Undefined when the clause has none.
 */
function nearestInClause(mentions: readonly ActorMention[], clause: Span, span: Span) {
  let best: ActorMention | undefined;
  let bestGap = Infinity;
  for (const mention of mentions) {
    if (mention.start < clause.start || mention.end > clause.end) continue;
    const gap = mention.end <= span.start ? span.start - mention.end : mention.start - span.end;
    if (gap < bestGap) {
      best = mention;
      bestGap = gap;
    }
  }
  return best?.actorId;
}

export interface TargetContext {
  /** Alias occurrences of the whole text, sorted by start (see `findActorMentions`). */
  mentions: readonly ActorMention[];
  sentence: Span;
  labelId?: string;
  /** The codebook's actors: lets a label name a party by a word of one actor's aliases. */
  actors?: readonly Actor[];
}

const VERB_LABELS = new Set(['action-framing', 'attribution-doubt']);
/** "according to X": the words are about the source that follows them. */
const SOURCE_FRAME = /\baccording to$/iu;
const SOURCE_GAP = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

function sourceAfter(text: string, mentions: readonly ActorMention[], span: Span): string | null {
  const source = mentions.find((mention) => mention.start >= span.end);
  if (!source || !SOURCE_GAP.test(text.slice(span.end, source.start))) return null;
  return source.actorId;
}

/**
 * The suggested target of the words at `span`, from the sentence's grammar, in this order:
 * the words name a party themselves ("Assad regime forces"; for an actor label, "government
 * forces" when only one actor's aliases say "government"); an alias the words modify, are in
 * apposition with or are predicated or designated of ("HTS militants", "HTS, a terrorist
 * group", "X is designated a terrorist organization", "designated X as"); for an action or
 * attribution verb, its subject (or a passive verb's "by" agent); only then the nearest alias
 * in the same clause, else in the sentence (measured on the development set: leaving these
 * empty lost more right targets than it saved wrong ones). Cues of one rank that disagree, or
 * no alias in the sentence, give null.
 */
export function targetInSentence(text: string, span: Span, context: TargetContext): string | null {
  const { sentence, labelId } = context;
  const mentions = mentionsIn(text, context.mentions, sentence);
  const spanText = text.slice(span.start, span.end);
  const actors = labelId === 'actor-label' ? context.actors : undefined;
  const ownName = namedBySpan(mentions, span, spanText, actors);
  if (ownName !== undefined) return ownName;
  if (SOURCE_FRAME.test(spanText)) return sourceAfter(text, mentions, span);
  if (labelId !== undefined && VERB_LABELS.has(labelId)) {
    // "were crushed by police": a verb is not what its subject is called.
    const subject = verbSubject(text, sentence, mentions, span);
    if (subject !== undefined) return subject;
  } else {
    const isNoun = labelId !== undefined; // unknown: no label after which to look
    const named = single(namedByGrammar(text, sentence, mentions, span, isNoun));
    if (named !== undefined) return named;
  }
  const inClause = nearestInClause(mentions, clauseAround(text, sentence, span), span);
  return inClause ?? nearestInClause(mentions, sentence, span) ?? null;
}

/** Suggested target of the words at [start, end): see `targetInSentence`. */
export function suggestTarget(
  text: string,
  start: number,
  end: number,
  actors: readonly Actor[],
  labelId?: string,
): string | null {
  const sentence = sentenceBounds(text, start, end);
  const mentions = findActorMentions(text.slice(sentence.start, sentence.end), actors).map(
    (mention) => ({
      ...mention,
      start: mention.start + sentence.start,
      end: mention.end + sentence.start,
    }),
  );
  return targetInSentence(text, { start, end }, { mentions, sentence, labelId, actors });
}
