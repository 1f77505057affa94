import { describe, expect, test } from 'vitest';
import {
  isMuted,
  mutedEntryIds,
  suggestionRank,
} from '../../../../src/domain/suggestions/suggestion-rank';
import type { SuggestionFeedback } from '../../../../src/domain/types';

const row = (entryId: string, accepted: number, rejected: number): SuggestionFeedback => ({
  annotatorId: 'ann-1',
  entryId,
  accepted,
  rejected,
  updatedAt: '2026-12-07T00:00:00.000Z',
});

describe('suggestionRank (Laplace: (accepted + 1) / (accepted + rejected + 2))', () => {
  test('an entry never judged ranks one half', () => {
    // (0 + 1) / (0 + 0 + 2) = 1/2
    expect(suggestionRank({ accepted: 0, rejected: 0 })).toBe(0.5);
  });

  test('acceptances raise the rank, rejections lower it', () => {
    // (3 + 1) / (3 + 0 + 2) = 4/5
    expect(suggestionRank({ accepted: 3, rejected: 0 })).toBeCloseTo(0.8, 12);
    // (0 + 1) / (0 + 2 + 2) = 1/4
    expect(suggestionRank({ accepted: 0, rejected: 2 })).toBeCloseTo(0.25, 12);
    // (2 + 1) / (2 + 4 + 2) = 3/8
    expect(suggestionRank({ accepted: 2, rejected: 4 })).toBeCloseTo(0.375, 12);
  });
});

describe('isMuted (at least 3 rejections and rank under 0.25)', () => {
  test('two rejections never mute, even with a low rank', () => {
    // rank (0 + 1) / (0 + 2 + 2) = 0.25, and only 2 rejections
    expect(isMuted({ accepted: 0, rejected: 2 })).toBe(false);
  });

  test('three rejections and no acceptance mute', () => {
    // rank (0 + 1) / (0 + 3 + 2) = 1/5 = 0.2 < 0.25
    expect(isMuted({ accepted: 0, rejected: 3 })).toBe(true);
  });

  test('one acceptance keeps three rejections from muting', () => {
    // rank (1 + 1) / (1 + 3 + 2) = 2/6 ≈ 0.333 ≥ 0.25
    expect(isMuted({ accepted: 1, rejected: 3 })).toBe(false);
  });

  test('the threshold is strict: a rank of exactly 0.25 stays offered', () => {
    // rank (1 + 1) / (1 + 5 + 2) = 2/8 = 0.25, not under 0.25
    expect(isMuted({ accepted: 1, rejected: 5 })).toBe(false);
    // rank (1 + 1) / (1 + 6 + 2) = 2/9 ≈ 0.222 < 0.25
    expect(isMuted({ accepted: 1, rejected: 6 })).toBe(true);
  });
});

test('mutedEntryIds lists exactly the muted entries', () => {
  const feedback = [row('thugs', 0, 3), row('regime', 1, 3), row('mob', 0, 1), row('flood', 0, 7)];
  // thugs: 1/5 = 0.2, muted; regime: 2/6, kept; mob: one rejection, kept; flood: 1/9, muted
  expect([...mutedEntryIds(feedback)].sort()).toEqual(['flood', 'thugs']);
});
