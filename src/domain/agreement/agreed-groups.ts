import type { CurationGroup, CurationVersion } from './curation-types';

export interface AgreedGroups {
  /** Groups whose leading version has at least k voters and more than any other version. */
  accept: { group: CurationGroup; version: CurationVersion }[];
  /** Groups where two versions tie at k voters or more: left for the curator. */
  tied: number;
}

/** "Accept every group where at least k of n agree", over the groups not yet decided. */
export function agreedGroups(groups: readonly CurationGroup[], k: number): AgreedGroups {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(
      `"At least k" must be a whole number of annotators, 1 or more (got ${k}).`,
    );
  }
  const accept: AgreedGroups['accept'] = [];
  let tied = 0;
  for (const group of groups) {
    // Versions come most voters first, so only the first two can lead or tie.
    const [leading, runnerUp] = group.versions;
    if (leading === undefined || leading.voters.length < k) continue;
    if (runnerUp !== undefined && runnerUp.voters.length === leading.voters.length) tied += 1;
    else accept.push({ group, version: leading });
  }
  return { accept, tied };
}
