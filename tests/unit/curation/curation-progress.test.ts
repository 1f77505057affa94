import { describe, expect, test } from 'vitest';
import type { CurationGroup, CurationStep } from '../../../src/domain/agreement/curation-types';
import {
  curationProgress,
  nextUndecided,
} from '../../../src/features/agreement/curation/curation-progress';
import { parseAtLeast, parseValence } from '../../../src/features/agreement/curation/curation-plan';

/** A group with only what progress reads: its key (the rest is irrelevant here). */
const group = (key: string): CurationGroup => ({
  key,
  articleId: 'a1',
  start: 0,
  end: 1,
  votes: [],
  versions: [],
  coders: 2,
});

const step = (seq: number, ...keys: string[]): CurationStep => ({
  curationId: 'c1',
  seq,
  at: '2026-12-07T10:00:00.000Z',
  kind: keys.length > 1 ? 'accept-agreed' : 'reject',
  decisions: keys.map((groupKey) => ({
    groupKey,
    articleId: 'a1',
    outcome: 'rejected',
    annotationId: null,
  })),
});

const groups = ['g1', 'g2', 'g3', 'g4'].map(group);

describe('curationProgress', () => {
  test('decided = the union of the steps’ decisions; a decision on a group gone is counted apart', () => {
    // Step 1 decided g2; step 2 (bulk) decided g4 and "old", a group whose members changed since.
    const progress = curationProgress(groups, [step(1, 'g2'), step(2, 'g4', 'old')]);
    expect([...progress.decisions.keys()].sort()).toEqual(['g2', 'g4']);
    expect(progress.stale).toBe(1);
  });
});

describe('nextUndecided', () => {
  const decided = new Set(['g1', 'g3']);
  test('the first undecided group after the current one', () => {
    // From g2 (index 1): g3 is decided, g4 (index 3) is not.
    expect(nextUndecided(groups, decided, 1)).toBe(3);
  });
  test('wraps round to the start; -1 searches from the first group', () => {
    // From g4 (index 3): wraps to g1 (decided), then g2 (index 1).
    expect(nextUndecided(groups, decided, 3)).toBe(1);
    expect(nextUndecided(groups, decided, -1)).toBe(1);
  });
  test('null when every group is decided (and for no groups)', () => {
    expect(nextUndecided(groups, new Set(['g1', 'g2', 'g3', 'g4']), 0)).toBeNull();
    expect(nextUndecided([], new Set(), -1)).toBeNull();
  });
});

describe('what the curator types', () => {
  test('valence: a whole number from −2 to 2', () => {
    expect(parseValence(' -2 ')).toEqual({ value: -2 });
    expect(parseValence('2')).toEqual({ value: 2 });
    for (const typed of ['3', '-3', '1.5', '', 'abc']) {
      expect(parseValence(typed)).toEqual({ error: expect.stringContaining('−2 to 2') });
    }
  });
  test('at least k of n: a whole number from 1 to n', () => {
    expect(parseAtLeast('3', 3)).toEqual({ value: 3 });
    for (const typed of ['0', '4', '2.5', '']) {
      expect(parseAtLeast(typed, 3)).toEqual({ error: expect.stringContaining('1 to 3') });
    }
  });
});
