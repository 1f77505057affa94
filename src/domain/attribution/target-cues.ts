import type { Span } from '../text/graphemes';

/** An occurrence of one of an actor's aliases in a text. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
}

const DET = '(?:a|an|the|one|another)';
/** Up to two modifiers between a determiner and the words ("a hardline terrorist group"). */
const MODIFIERS = "(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}";
const OPEN_QUOTE = '["“«‘\']?';
const COPULA =
  '(?:is|are|was|were|be|been|being|has been|have been|had been|remains?|remained|became|becomes?|become)';
const ADVERB = '(?:[\\p{L}]+ly\\s+|now\\s+|also\\s+|still\\s+|long\\s+)?';
const DESIGNATION =
  '(?:designated|described|branded|labell?ed|dubbed|considered|regarded|seen|listed|classified|called|termed|deemed|named|declared|sanctioned)';
const DESIGNATING_VERB =
  '(?:designat(?:e|es|ed|ing)|brand(?:s|ed)|label(?:s|l?ed)|dub(?:s|bed)|call(?:s|ed)|termed|name[sd]|declare[sd]|list(?:s|ed)|consider(?:s|ed)|deem(?:s|ed)|describ(?:es|ed)|regard(?:s|ed))';
const CLOSE_PAREN = '\\s*\\)?\\s*';

/** Text between an alias and a label that names the alias's party. */
const NAMING_GAPS: RegExp[] = [
  // "HTS militants", "the police’s thugs", "(HTS) terrorist group"
  new RegExp(`^${CLOSE_PAREN}(?:['’]s\\s*)?$`, 'iu'),
  // apposition: "HTS, a terrorist group"
  new RegExp(`^${CLOSE_PAREN},\\s*${DET}\\s+${MODIFIERS}${OPEN_QUOTE}$`, 'iu'),
  // predicate: "HTS, formerly the Nusra Front, is (designated) a terrorist organization"
  new RegExp(
    `^${CLOSE_PAREN}(?:,[^,;:]{1,60})?,?\\s*${COPULA}\\s+${ADVERB}(?:${DESIGNATION}\\s+(?:as\\s+)?)?(?:${DET}\\s+)?${MODIFIERS}${OPEN_QUOTE}$`,
    'iu',
  ),
  // reduced designation: "HTS, a group designated as a “terrorist organization”"
  new RegExp(
    `^${CLOSE_PAREN},?\\s*(?:${DET}\\s+[\\p{L}-]+\\s+)?(?:(?:which|that|who)\\s+${COPULA}\\s+)?${ADVERB}${DESIGNATION}(?:\\s+by\\s+[^,;:]{1,40}?)?(?:\\s+as)?\\s+(?:${DET}\\s+)?${MODIFIERS}${OPEN_QUOTE}$`,
    'iu',
  ),
];
/** "designated HTS as a terrorist group", "called the protesters thugs": before the alias… */
const DESIGNATING_BEFORE = new RegExp(`\\b${DESIGNATING_VERB}\\s+(?:the\\s+)?$`, 'iu');
/** …and between the alias and the label. */
const DESIGNATED_GAP = new RegExp(
  `^${CLOSE_PAREN},?\\s*(?:as\\s+)?(?:${DET}\\s+)?${MODIFIERS}${OPEN_QUOTE}$`,
  'iu',
);
/** A label right before the alias it names: "the terrorist group HTS", "a mob, the protesters,". */
const NAMED_AFTER_GAP = /^["”»’']?\s*(?:,\s*(?:the\s+)?|\(\s*)?$/iu;

/**
 * An alias in "Iran-backed", "anti-government", "pro-Kremlin", "affiliated with HTS" names a
 * backer, not the party.
 */
const BACKER_AFTER =
  /^[-‐‑](?:backed|funded|sponsored|supported|aligned|allied|linked|affiliated|controlled|led|run|owned|based|leaning|friendly|installed|trained|armed)\b/iu;
const BACKER_BEFORE =
  /(?:\b(?:anti|pro)[-‐‑]|\b(?:affiliated with|linked to|backed by|allied with|loyal to|funded by|aligned with)\s+(?:the\s+)?)$/iu;

export function isBacker(text: string, mention: ActorMention): boolean {
  return (
    BACKER_AFTER.test(text.slice(mention.end, mention.end + 14)) ||
    BACKER_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))
  );
}

function namesBefore(text: string, sentence: Span, mention: ActorMention, span: Span): boolean {
  const gap = text.slice(mention.end, span.start);
  if (gap.length > 120) return false;
  if (NAMING_GAPS.some((pattern) => pattern.test(gap))) return true;
  const lead = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  return DESIGNATING_BEFORE.test(lead) && DESIGNATED_GAP.test(gap);
}

function namesAfter(text: string, sentence: Span, mention: ActorMention, span: Span): boolean {
  const gap = text.slice(span.end, mention.start);
  if (gap.length > 12 || !NAMED_AFTER_GAP.test(gap)) return false;
  if (!gap.includes(',')) return true;
  // "a terrorist group, HTS," is apposition; "rioters, police said" is not.
  return /^\s*(?:[,.;)]|$)/u.test(text.slice(mention.end, sentence.end));
}

/**
 * Actors that a label names by grammar: an alias it modifies or is predicated of ("HTS
 * militants", "HTS, a terrorist group", "X is a terrorist organization", "designated X as"),
 * or, for a noun label (`withFollowing`), an alias in apposition after it ("the terrorist
 * group HTS").
 */
export function namedByGrammar(
  text: string,
  sentence: Span,
  mentions: readonly ActorMention[],
  span: Span,
  withFollowing: boolean,
): Set<string> {
  const named = new Set<string>();
  // Only the alias nearest on each side: one in between would be the label's party instead.
  const before = mentions.filter((mention) => mention.end <= span.start).pop();
  const after = mentions.find((mention) => mention.start >= span.end);
  if (before && namesBefore(text, sentence, before, span)) named.add(before.actorId);
  if (withFollowing && after && namesAfter(text, sentence, after, span)) named.add(after.actorId);
  return named;
}
