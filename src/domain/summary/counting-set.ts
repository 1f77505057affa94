import { isGoldAnnotatorName } from '../agreement/gold-names';
import type { Assignment } from '../classroom/classroom-types';

/** Why the summary counts these annotators by default. */
export type CountingSource = 'answer-key' | 'gold' | 'current' | 'everyone';

export interface CountingDefault {
  source: CountingSource;
  annotatorIds: string[];
}

interface CountingContext {
  assignments: readonly Pick<Assignment, 'role' | 'keyAnnotatorId'>[];
  annotators: readonly { id: string; name: string }[];
  currentAnnotatorId: string | null;
}

/**
 * Whose annotations the summary counts unless the person chooses: the answer keys of the
 * teacher's assignments, else the curated gold annotators, else the current annotator, else
 * (nobody named yet) everyone.
 */
export function defaultCountingSet(context: CountingContext): CountingDefault {
  const keys = context.assignments
    .filter((assignment) => assignment.role === 'teacher')
    .map((assignment) => assignment.keyAnnotatorId)
    .filter((id): id is string => id !== null);
  if (keys.length > 0) return { source: 'answer-key', annotatorIds: [...new Set(keys)].sort() };
  const gold = context.annotators.filter((annotator) => isGoldAnnotatorName(annotator.name));
  if (gold.length > 0) return { source: 'gold', annotatorIds: gold.map((a) => a.id).sort() };
  const current = context.currentAnnotatorId;
  if (current !== null) return { source: 'current', annotatorIds: [current] };
  return { source: 'everyone', annotatorIds: context.annotators.map((a) => a.id).sort() };
}
