import type { SuggestionFeedback } from '../types';

/**
 * How much an annotator still wants an entry's suggestions, from what they did with them:
 * rank = (accepted + 1) / (accepted + rejected + 2) — the share of acceptances with one
 * acceptance and one rejection assumed beforehand (Laplace's rule of succession), so an entry
 * nobody has judged ranks 1/2 and a single rejection does not condemn it.
 *
 * An entry is muted — no longer offered to that annotator — once it has at least
 * `MUTE_AFTER_REJECTIONS` rejections and its rank is below `MUTE_BELOW_RANK`: three rejections
 * and no acceptance (1/5 = 0.2) mute it; three rejections and one acceptance (2/6 ≈ 0.33) do
 * not. Offering it again means forgetting its feedback.
 */

const MUTE_AFTER_REJECTIONS = 3;
const MUTE_BELOW_RANK = 0.25;

type Counts = Pick<SuggestionFeedback, 'accepted' | 'rejected'>;

export function suggestionRank({ accepted, rejected }: Counts): number {
  return (accepted + 1) / (accepted + rejected + 2);
}

export function isMuted(feedback: Counts): boolean {
  return feedback.rejected >= MUTE_AFTER_REJECTIONS && suggestionRank(feedback) < MUTE_BELOW_RANK;
}

/** The ids of the entries muted for the annotator whose feedback this is. */
export function mutedEntryIds(feedback: readonly SuggestionFeedback[]): Set<string> {
  return new Set(feedback.filter(isMuted).map((row) => row.entryId));
}
