import type {
  CurationDecision,
  CurationGroup,
  CurationStep,
} from '../../../domain/agreement/curation-types';

export interface CurationProgress {
  /** The decision on each group that still exists, by group key. */
  decisions: ReadonlyMap<string, CurationDecision>;
  /**
   * Decisions on groups that no longer exist: a member's annotation changed since, so the group
   * got a new key (its gold annotation stays; the changed group is undecided again).
   */
  stale: number;
}

/** What the steps decided, matched to the groups as they are now. */
export function curationProgress(
  groups: readonly CurationGroup[],
  steps: readonly CurationStep[],
): CurationProgress {
  const keys = new Set(groups.map((group) => group.key));
  const decisions = new Map<string, CurationDecision>();
  let stale = 0;
  for (const decision of steps.flatMap((step) => step.decisions)) {
    if (keys.has(decision.groupKey)) decisions.set(decision.groupKey, decision);
    else stale++;
  }
  return { decisions, stale };
}

/**
 * The index of the first undecided group after `from`, wrapping round to the start; null when
 * every group is decided. `from` = -1 searches from the first group.
 */
export function nextUndecided(
  groups: readonly CurationGroup[],
  decided: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  from: number,
): number | null {
  for (let step = 1; step <= groups.length; step++) {
    const index = (from + step) % groups.length;
    const group = groups[index];
    if (group && !decided.has(group.key)) return index;
  }
  return null;
}
