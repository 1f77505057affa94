import { describe, expect, it } from 'vitest';
import {
  addCounts,
  emptyCounts,
  locate,
  matchSpans,
  rates,
  scoreArticle,
  type GoldTerm,
} from '../../../bench/eval/score.mjs';

// Offsets by hand (0-based):
//   "Rioters stormed the hall. Police said rioters fled; so-called rioters returned."
//    R=0 … "Rioters" 0–7, "stormed" 8–15, "Police" 26–32, "said" 33–37,
//    "rioters" 38–45, "so-called" 52–61, "rioters" 62–69, "returned" 70–78.
const TEXT = 'Rioters stormed the hall. Police said rioters fled; so-called rioters returned.';

describe('locate', () => {
  it('finds the n-th raw, case-sensitive occurrence', () => {
    // "rioters" (lower case) first at 38, second at 62; "Rioters" at 0 is another case.
    expect(locate(TEXT, 'rioters', 1)).toEqual({ start: 38, end: 45 });
    expect(locate(TEXT, 'rioters', 2)).toEqual({ start: 62, end: 69 });
    expect(locate(TEXT, 'rioters', 3)).toBeNull();
    expect(locate(TEXT, 'Rioters', 1)).toEqual({ start: 0, end: 7 });
  });

  it('counts non-overlapping occurrences', () => {
    // "aaaa": "aa" at 0 and 2 (not 1, which overlaps the first).
    expect(locate('aaaa', 'aa', 2)).toEqual({ start: 2, end: 4 });
    expect(locate('aaaa', 'aa', 3)).toBeNull();
  });
});

describe('matchSpans', () => {
  it('pairs one-to-one, larger overlap first', () => {
    // Gold A 0–10 and B 8–12; suggestion X 6–12 overlaps A by 4 (6–10) and B by 4 (8–12);
    // suggestion Y 9–11 overlaps A by 1 and B by 2. Ties between X's two overlaps go to the
    // earlier start: min(0,6)=0 for A before min(8,6)=6 for B, so X–A, then Y–B (2 chars).
    const gold = [
      { start: 0, end: 10 },
      { start: 8, end: 12 },
    ];
    const suggested = [
      { start: 6, end: 12 },
      { start: 9, end: 11 },
    ];
    expect(matchSpans(gold, suggested)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('leaves spans that share no character unpaired', () => {
    // 0–5 and 5–9 touch but share no character.
    expect(matchSpans([{ start: 0, end: 5 }], [{ start: 5, end: 9 }])).toEqual([]);
  });
});

describe('scoreArticle', () => {
  const gold: GoldTerm[] = [
    // 0–7
    { exact: 'Rioters', occurrence: 1, label: 'actor-label', voice: 'own', target: 'protesters' },
    // 8–15
    {
      exact: 'stormed',
      occurrence: 1,
      label: 'action-framing',
      voice: 'own',
      target: 'protesters',
    },
    // 52–61
    { exact: 'so-called', occurrence: 1, label: 'attribution-doubt', voice: 'own', target: null },
    // 62–69
    { exact: 'rioters', occurrence: 2, label: 'actor-label', voice: 'own', target: 'protesters' },
  ];
  const hardNegatives = [
    { exact: 'Police', occurrence: 1 }, // 26–32
    { exact: 'said', occurrence: 1 }, // 33–37
  ];
  const suggested = [
    // matches "Rioters": right label, voice and target
    { start: 0, end: 7, labelId: 'actor-label', voice: 'own', target: 'protesters' },
    // matches "so-called rioters" gold "rioters" 62–69 by 7 and "so-called" 52–61 by 9:
    // it takes "so-called" (larger overlap); wrong label, empty target where gold has null
    { start: 52, end: 69, labelId: 'actor-label', voice: 'quoted', target: null },
    // overlaps hard negative "Police": a false suggestion
    { start: 26, end: 32, labelId: 'actor-label', voice: 'own', target: 'police' },
    // "rioters" 38–45 is not gold: a false suggestion with a target
    { start: 38, end: 45, labelId: 'actor-label', voice: 'own', target: 'police' },
  ];
  const scored = scoreArticle({ text: TEXT, gold, hardNegatives, suggested });

  it('counts matches, false suggestions and hard negatives', () => {
    // gold 4; suggestions 4; pairs: Rioters–s0, so-called–s1 → 2.
    // hard negatives: Police overlapped by s2; said (33–37) by none → 1 of 2.
    // voice: s0 own = own ✓, s1 quoted ≠ own → 1. label: s0 ✓, s1 actor-label ≠ attribution-doubt → 1.
    // target: s0 protesters ✓; s1 null == null ✓ → 2 right, 0 wrong, 0 empty.
    expect(scored.counts).toEqual({
      gold: 4,
      suggested: 4,
      matchedGold: 2,
      matchedSuggested: 2,
      hardNegatives: 2,
      hardNegativesSuggested: 1,
      pairs: 2,
      voiceRight: 1,
      targetRight: 2,
      targetWrong: 0,
      targetEmpty: 0,
      labelRight: 1,
    });
    expect(scored.missed.map((term) => term.exact)).toEqual(['stormed', 'rioters']);
    expect(scored.falseSuggestions.map(({ start }) => start)).toEqual([26, 38]);
    expect(scored.wrongVoices.map(({ gold: term }) => term.exact)).toEqual(['so-called']);
    expect(scored.hardNegativesHit.map((term) => term.exact)).toEqual(['Police']);
  });

  it('tells a wrong target from an empty one', () => {
    const pair = scoreArticle({
      text: TEXT,
      gold: gold.slice(0, 2),
      hardNegatives: [],
      suggested: [
        // "Rioters" guessed as police: wrong; "stormed" with no target: empty
        { start: 0, end: 7, labelId: 'actor-label', voice: 'own', target: 'police' },
        { start: 8, end: 15, labelId: 'action-framing', voice: 'own', target: null },
      ],
    });
    expect(pair.counts.targetRight).toBe(0);
    expect(pair.counts.targetWrong).toBe(1);
    expect(pair.counts.targetEmpty).toBe(1);
  });

  it('refuses gold that is not in the text, naming it', () => {
    expect(() =>
      scoreArticle({
        text: TEXT,
        gold: gold.slice(0, 1).map((term) => ({ ...term, exact: 'thugs' })),
        hardNegatives: [],
        suggested: [],
      }),
    ).toThrow('gold[0]: "thugs" has no occurrence 1 in the text');
  });

  it('rates over summed counts', () => {
    const total = addCounts(scored.counts, emptyCounts());
    const r = rates(total);
    // recall 2/4, precision 2/4, hard negatives 1/2, voice 1/2, target 2/2, label 1/2
    expect(r.recall).toBe(0.5);
    expect(r.precision).toBe(0.5);
    expect(r.hardNegativesSuggested).toBe(0.5);
    expect(r.voiceAccuracy).toBe(0.5);
    expect(r.targetAccuracy).toBe(1);
    expect(r.labelAccuracy).toBe(0.5);
    // nothing to divide by: no rate rather than 0
    expect(rates(emptyCounts()).recall).toBeNull();
  });
});
