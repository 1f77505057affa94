import { describe, expect, it } from 'vitest';
import { agreedGroups } from '../../../src/domain/agreement/agreed-groups';
import { curationGroups } from '../../../src/domain/agreement/curation-groups';
import type { CurationGroup } from '../../../src/domain/agreement/curation-types';
import { agreementInput, span } from './map-fixture';

//  0         1         2         3         4         5         6         7         8
//  0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567
// 'The militants stormed the village and the regime forces retreated quickly. Officials
//  praised the liberation.' — liberation is [97, 107).
const text =
  'The militants stormed the village and the regime forces retreated quickly. Officials praised the liberation.';
const annotators = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
  { id: 'dee', name: 'Dee' },
  { id: 'eve', name: 'Eve' },
  { id: 'fay', name: 'Fay' },
  { id: 'gus', name: 'Gus' },
];
// Group 1, [4, 37): a chain — Ana's "militants stormed" [4, 21) overlaps Ben's "stormed the
// village" [14, 33), which overlaps Cy's "village and" [26, 37); Ana's and Cy's do not meet.
const anaMilitants = span(text, 'ana', 'militants', 'loaded');
const anaMilitantsStormed = span(text, 'ana', 'militants stormed', 'loaded');
const benStormed = span(text, 'ben', 'stormed the village', 'loaded');
const cyVillage = span(text, 'cy', 'village and', 'euph');
// Group 2, [42, 55): "regime forces" [42, 55), "regime" [42, 48), "forces" [49, 55).
const anaRegime = span(text, 'ana', 'regime forces', 'loaded');
const benRegime = span(text, 'ben', 'regime forces', 'loaded', {
  note: 'the regime, not the army',
});
const cyRegime = span(text, 'cy', 'regime', 'loaded', { note: 'just the word' });
const deeForces = span(text, 'dee', 'forces', 'euph');
// Group 3, [56, 73): it starts at 56, after group 2's furthest end 55. "retreated" [56, 65),
// "retreated quickly" [56, 73), "quickly" [66, 73).
const anaRetreated = span(text, 'ana', 'retreated', 'euph');
const benRetreated = span(text, 'ben', 'retreated', 'loaded');
const deeRetreated = span(text, 'dee', 'retreated quickly', 'loaded', {
  note: 'sounds like a rout',
});
const eveRetreated = span(text, 'eve', 'retreated', 'loaded', { target: 'army' });
const cyQuickly = span(text, 'cy', 'quickly', 'euph', { valence: -1 });
// Group 4, [97, 107): two say loaded, two say euphemism.
const liberation = [
  span(text, 'ana', 'liberation', 'loaded'),
  span(text, 'ben', 'liberation', 'euph'),
  span(text, 'cy', 'liberation', 'loaded'),
  span(text, 'dee', 'liberation', 'euph'),
];
// Gus handed the article in without marking it done: his span is missing data, in no group.
const gusPraised = span(text, 'gus', 'praised', 'loaded');
const annotations = [
  anaMilitants,
  anaMilitantsStormed,
  benStormed,
  cyVillage,
  anaRegime,
  benRegime,
  cyRegime,
  deeForces,
  anaRetreated,
  benRetreated,
  deeRetreated,
  eveRetreated,
  cyQuickly,
  ...liberation,
  gusPraised,
];
const input = agreementInput(text, annotators, annotations, {
  doneMarks: [{ annotatorId: 'fay', articleId: 'art' }],
  submitted: [{ annotatorId: 'gus', articleId: 'art' }],
});
const everyone = annotators.map((annotator) => annotator.id);

function groupAt(groups: CurationGroup[], start: number): CurationGroup {
  const group = groups.find((candidate) => candidate.start === start);
  if (group === undefined) throw new Error(`No group starts at ${start}`);
  return group;
}

describe('curation groups', () => {
  const groups = curationGroups(input, everyone, ['art']);

  it('groups overlapping spans whatever their labels, chains included', () => {
    expect(groups.map((group) => [group.start, group.end])).toEqual([
      [4, 37],
      [42, 55],
      [56, 73],
      [97, 107],
    ]);
    // n = Ana, Ben, Cy, Dee, Eve (they marked it) and Fay (done); not Gus (handed in, not done).
    expect(groups.every((group) => group.coders === 6)).toBe(true);
    expect(groups.flatMap((group) => group.votes).map((vote) => vote.annotationId)).not.toContain(
      gusPraised.id,
    );
  });

  it('counts an annotator with two spans in a group once, and picks the extent most chose', () => {
    const chain = groupAt(groups, 4);
    // Votes by start; Ana's two spans share a start, the longer first.
    expect(chain.votes.map((vote) => vote.annotationId)).toEqual([
      anaMilitantsStormed.id,
      anaMilitants.id,
      benStormed.id,
      cyVillage.id,
    ]);
    // "loaded": voters Ana and Ben (2, Ana once). Each extent has one voter: [4, 21), [4, 13),
    // [14, 33); the earliest start is 4, and of those the longer is [4, 21).
    expect(chain.versions).toMatchObject([
      {
        labelId: 'loaded',
        voters: ['ana', 'ben'],
        annotationIds: [anaMilitantsStormed.id, anaMilitants.id, benStormed.id],
        start: 4,
        end: 21,
        exact: 'militants stormed',
      },
      { labelId: 'euph', voters: ['cy'], start: 26, end: 37, exact: 'village and' },
    ]);
  });

  it('takes the note of a vote with the chosen extent (the first that has one)', () => {
    const regime = groupAt(groups, 42);
    // "loaded": Ana, Ben, Cy = 3 voters; [42, 55) has 2 (Ana, Ben) against [42, 48) with 1.
    // Of the [42, 55) votes, Ana's note is empty and Ben's is not; Cy's is on another extent.
    expect(regime.versions).toMatchObject([
      {
        labelId: 'loaded',
        voters: ['ana', 'ben', 'cy'],
        start: 42,
        end: 55,
        note: 'the regime, not the army',
      },
      { labelId: 'euph', voters: ['dee'], start: 49, end: 55, note: '' },
    ]);
  });

  it('orders versions by voters, then start, then the label’s place in the codebook', () => {
    const retreat = groupAt(groups, 56);
    // Votes: start 56 by name (Ana, Ben, Dee, Eve), then Cy's "quickly" at 66.
    expect(retreat.votes.map((vote) => vote.annotatorId)).toEqual([
      'ana',
      'ben',
      'dee',
      'eve',
      'cy',
    ]);
    // loaded/no target: Ben [56, 65) and Dee [56, 73), 2 voters, one per extent → same start,
    // the longer [56, 73), with Dee's note. Then one voter each: loaded for the army (start
    // 56, "loaded" is label 0) before euphemism (start 56, label 1), before the euphemism at
    // valence −1 (start 66).
    expect(retreat.versions).toMatchObject([
      {
        labelId: 'loaded',
        target: null,
        voters: ['ben', 'dee'],
        start: 56,
        end: 73,
        note: 'sounds like a rout',
      },
      { labelId: 'loaded', target: 'army', voters: ['eve'], start: 56, end: 65 },
      { labelId: 'euph', valence: 0, voters: ['ana'], start: 56, end: 65 },
      { labelId: 'euph', valence: -1, voters: ['cy'], start: 66, end: 73 },
    ]);
    // Group 4: 2 voters each, both at 97 → "loaded" (label 0) before "euph" (label 1).
    expect(groupAt(groups, 97).versions).toMatchObject([
      { labelId: 'loaded', voters: ['ana', 'cy'] },
      { labelId: 'euph', voters: ['ben', 'dee'] },
    ]);
  });

  it('keeps to the chosen annotators and the articles in the order given', () => {
    const second = { id: 'art2', title: 'Two', outletId: 'o2', text: 'A regime.' };
    const two = agreementInput(
      text,
      annotators,
      [...annotations, span(second.text, 'ben', 'regime', 'loaded', { articleId: 'art2' })],
      { articles: [...input.articles, second] },
    );
    const chosen = curationGroups(two, ['ben', 'cy'], ['art2', 'art']);
    expect(chosen.map((group) => [group.articleId, group.start, group.coders])).toEqual([
      // art2: only Ben coded it among the chosen.
      ['art2', 2, 1],
      // art: Ben and Cy; "militants" (Ana's) is gone, so group 1 starts at Ben's 14; without
      // Dee's "retreated quickly", Ben's "retreated" [56, 65) and Cy's "quickly" [66, 73) part.
      ['art', 14, 2],
      ['art', 42, 2],
      ['art', 56, 2],
      ['art', 66, 2],
      ['art', 97, 2],
    ]);
  });
});

describe('group keys', () => {
  const keys = (annotationsInOrder: typeof annotations) =>
    curationGroups(
      agreementInput(text, annotators, annotationsInOrder, {
        doneMarks: [{ annotatorId: 'fay', articleId: 'art' }],
        submitted: [{ annotatorId: 'gus', articleId: 'art' }],
      }),
      everyone,
      ['art'],
    ).map((group) => group.key);

  it('stay the same when the input comes in another order', () => {
    const original = keys(annotations);
    expect(original).toHaveLength(4);
    expect(original.every((key) => /^art:[0-9a-f]{16}$/.test(key))).toBe(true);
    expect(new Set(original).size).toBe(4);
    expect(keys([...annotations].reverse())).toEqual(original);
  });

  it('change when a member changes', () => {
    const original = keys(annotations);
    // Without Cy's "quickly", group 3 has other members: its key changes, the others do not.
    const fewer = keys(annotations.filter((annotation) => annotation !== cyQuickly));
    expect(fewer[2]).not.toBe(original[2]);
    expect([fewer[0], fewer[1], fewer[3]]).toEqual([original[0], original[1], original[3]]);
    // The same span under another id is another member.
    const renamed = keys(
      annotations.map((annotation) =>
        annotation === cyQuickly ? { ...annotation, id: 'another' } : annotation,
      ),
    );
    expect(renamed[2]).not.toBe(original[2]);
  });
});

describe('accepting the groups where at least k agree', () => {
  const groups = curationGroups(input, everyone, ['art']);
  const accepted = (k: number) =>
    agreedGroups(groups, k).accept.map(({ group, version }) => [group.start, version.labelId]);

  it('accepts a clear leader with k voters or more and leaves ties to the curator', () => {
    // Leaders: group 1 loaded 2 vs 1; group 2 loaded 3 vs 1; group 3 loaded 2 vs 1; group 4
    // loaded 2 = euphemism 2, a tie.
    expect(accepted(2)).toEqual([
      [4, 'loaded'],
      [42, 'loaded'],
      [56, 'loaded'],
    ]);
    expect(agreedGroups(groups, 2).tied).toBe(1);
    expect(agreedGroups(groups, 1).tied).toBe(1);
    // k = 3: only group 2 has 3; group 4's tie is at 2 < 3, so it is not counted as a tie.
    expect(accepted(3)).toEqual([[42, 'loaded']]);
    expect(agreedGroups(groups, 3).tied).toBe(0);
    expect(agreedGroups(groups, 4)).toEqual({ accept: [], tied: 0 });
  });

  it('hands back the leading version itself', () => {
    const [first] = agreedGroups(groups, 2).accept;
    expect(first?.version).toBe(first?.group.versions[0]);
  });

  it('refuses a k that is not a whole number of at least 1', () => {
    for (const k of [0, -1, 1.5, Number.NaN]) {
      expect(() => agreedGroups(groups, k)).toThrow(RangeError);
    }
  });
});
