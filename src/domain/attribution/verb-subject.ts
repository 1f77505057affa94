import type { Span } from '../text/graphemes';
import type { ActorMention } from './target-cues';

/** An alias right after one of these is a prepositional object, not a subject. */
const PREPOSITION_BEFORE =
  /\b(?:of|by|from|with|against|in|on|at|to|for|near|under|over|into|onto|towards?|between|among|amid|after|before|behind|about|across|through|without|within|including|alongside|than|like)\s+(?:(?:the|a|an|its|their|his|her)\s+)?$/iu;
const RELATIVE_OPENING = /^[,(]\s*(?:which|who|whom|whose|where|that)\b/iu;
/** A verb in the passive: "were stormed", "was brutally crushed". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[\p{L}]+ly\s+)?$/iu;
/** From the verb to its agent: "crushed by the police", "stormed overnight by police". */
const AGENT_GAP = /^\s*(?:[\p{L}'’-]+\s+){0,3}?by\s+(?:the\s+)?$/iu;
/** A participle after a comma takes the main clause's subject: "…, capturing". */
const PARTICIPLE_AFTER_COMMA = /,\s*(?:[\p{L}]+ly\s+)?$/u;
const DESIGNATION_WORDS =
  /\b(?:designated|seen as|described as|considered|regarded as|labell?ed|branded|dubbed|termed)\b/iu;
/** Characters before a verb in which its subject is looked for. */
const SUBJECT_REACH = 300;
/** Clause punctuation a subject is not looked for across. */
const HARD_BREAK = /[;:—–]/u;

function isPrepositionalObject(text: string, sentence: Span, mention: ActorMention): boolean {
  return PREPOSITION_BEFORE.test(
    text.slice(Math.max(sentence.start, mention.start - 24), mention.start),
  );
}

/** "The army, which HTS attacked, stormed…": HTS sits in a relative clause. */
function isInRelativeClause(
  text: string,
  sentence: Span,
  mention: ActorMention,
  span: Span,
): boolean {
  const lead = text.slice(Math.max(sentence.start, mention.start - SUBJECT_REACH), mention.start);
  const opening = Math.max(lead.lastIndexOf(','), lead.lastIndexOf('('));
  if (opening === -1 || !RELATIVE_OPENING.test(lead.slice(opening))) return false;
  return /[,)]/u.test(text.slice(mention.end, span.start));
}

/** The alias agent of a passive verb ("were crushed by police"), or null. */
function passiveAgent(
  text: string,
  mentions: readonly ActorMention[],
  span: Span,
): string | null | undefined {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  if (!PASSIVE_BEFORE.test(before)) return undefined;
  const agent = mentions.find(
    (mention) =>
      mention.start >= span.end &&
      mention.start - span.end < 60 &&
      AGENT_GAP.test(text.slice(span.end, mention.start)),
  );
  return agent?.actorId ?? null;
}

/**
 * The party that does what an action verb says: for a passive verb its "by" agent (null when
 * none is named: the verb then says what was done, not who did it); otherwise the subject —
 * the nearest alias before the verb in its clause that is neither a prepositional object nor
 * inside a relative clause; for a participle after a comma ("…, capturing") the first such
 * alias of the sentence. Undefined when the verb has no alias for a subject.
 */
export function verbSubject(
  text: string,
  sentence: Span,
  mentions: readonly ActorMention[],
  span: Span,
): string | null | undefined {
  // "HTS … is designated (by Syria)": a designation is about the one designated.
  const designation = DESIGNATION_WORDS.test(text.slice(span.start, span.end));
  const agent = designation ? undefined : passiveAgent(text, mentions, span);
  if (agent !== undefined) return agent;
  const candidates = mentions.filter(
    (mention) =>
      mention.end <= span.start &&
      span.start - mention.end <= SUBJECT_REACH &&
      !HARD_BREAK.test(text.slice(mention.end, span.start)) &&
      !isPrepositionalObject(text, sentence, mention) &&
      !isInRelativeClause(text, sentence, mention, span),
  );
  const participle = PARTICIPLE_AFTER_COMMA.test(
    text.slice(Math.max(sentence.start, span.start - 40), span.start),
  );
  const subject = participle ? candidates[0] : candidates[candidates.length - 1];
  return subject?.actorId;
}
