import type { CurationGroup, CurationVersion } from './curation-types';

export interface AgreedGroups {
  /** Groups whose leading version has at least k voters and more than any other version. */
  accept: { group: CurationGroup; version: CurationVersion }[];
  /** Groups where two versions tie at k voters or more: left for the curator. */
  tied: number;
}

/** "Accept every group where at least k of n agree", over the groups not yet decided. */
export function agreedGroups(groups: readonly CurationGroup[], k: number): AgreedGroups {
  void groups;
  void k;
  throw new Error('agreedGroups: not built yet');
}
