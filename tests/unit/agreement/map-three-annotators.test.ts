import { describe, expect, it } from 'vitest';
import { disagreementMap } from '../../../src/domain/agreement/disagreement-map';
import { wordTokens } from '../../../src/domain/agreement/word-tokens';
import { agreementInput, span } from './map-fixture';

//           0         1         2         3         4         5
//           0123456789012345678901234567890123456789012345678901234567
const text = 'Rebels attacked the northern town at dawn, officials said.';
// Tokens: Rebels [0,6) attacked [7,15) the [16,19) northern [20,28) town [29,33) at [34,36)
// dawn [37,41) officials [43,52) said [53,57).
const annotators = [
  { id: 'c', name: 'Cy' },
  { id: 'a', name: 'Ana' },
  { id: 'b', name: 'Ben' },
  { id: 'd', name: 'Dee' },
  { id: 'e', name: 'Eve' },
  { id: 'g', name: 'Gold — curated by Ana' },
];
const annotations = [
  span(text, 'a', 'Rebels', 'loaded'),
  span(text, 'a', 'attacked the', 'loaded'),
  span(text, 'a', 'dawn', 'loaded'),
  span(text, 'b', 'Rebels attacked', 'loaded'),
  span(text, 'b', 'attacked', 'euph'),
  span(text, 'b', 'officials said', 'loaded'),
  span(text, 'c', 'Rebels', 'loaded'),
  span(text, 'c', 'attacked the northern town', 'loaded'),
  span(text, 'g', 'northern town', 'loaded'),
];
// Dee has coded nothing (missing data); Eve marked the article done without marking a word.
const input = agreementInput(text, annotators, annotations, {
  doneMarks: [{ annotatorId: 'e', articleId: 'art' }],
});

describe('the disagreement map of three annotators', () => {
  it('marks minority coverage and label disagreement as contested, and merges contested runs', () => {
    const map = disagreementMap(input, 'art', ['a', 'b', 'c', 'd']);
    // Dee did not code the article: she is left out, so a majority is 2 of 3.
    expect(map.annotators).toEqual([
      { id: 'a', name: 'Ana' },
      { id: 'b', name: 'Ben' },
      { id: 'c', name: 'Cy' },
    ]);
    const loaded = ['loaded'];
    expect(map.runs).toEqual([
      // Rebels: all three, all "loaded" → agreed.
      {
        start: 0,
        end: 6,
        marks: [
          { annotatorId: 'a', labelIds: loaded },
          { annotatorId: 'b', labelIds: loaded },
          { annotatorId: 'c', labelIds: loaded },
        ],
        contested: false,
      },
      // attacked: all three, but Ben's labels are {euph, loaded} (sorted) → label disagreement.
      {
        start: 7,
        end: 15,
        marks: [
          { annotatorId: 'a', labelIds: loaded },
          { annotatorId: 'b', labelIds: ['euph', 'loaded'] },
          { annotatorId: 'c', labelIds: loaded },
        ],
        contested: true,
      },
      // the: Ana and Cy, 2 × 2 = 4 > 3 coders, same label → agreed.
      {
        start: 16,
        end: 19,
        marks: [
          { annotatorId: 'a', labelIds: loaded },
          { annotatorId: 'c', labelIds: loaded },
        ],
        contested: false,
      },
      // northern town: Cy alone, 1 × 2 = 2 ≤ 3 → minority; "at" is nobody's and ends it.
      { start: 20, end: 33, marks: [{ annotatorId: 'c', labelIds: loaded }], contested: true },
      // dawn (Ana alone) and officials said (Ben alone): two runs, both minorities.
      { start: 37, end: 41, marks: [{ annotatorId: 'a', labelIds: loaded }], contested: true },
      { start: 43, end: 57, marks: [{ annotatorId: 'b', labelIds: loaded }], contested: true },
    ]);
    // attacked stands alone (the agreed "the" follows); northern town ends at the uncovered
    // "at"; dawn and officials said are consecutive tokens, so one stretch [37, 57).
    expect(map.contested).toEqual([
      { start: 7, end: 15 },
      { start: 20, end: 33 },
      { start: 37, end: 57 },
    ]);
  });

  it('counts an annotator who coded the article without marking anything', () => {
    const map = disagreementMap(input, 'art', ['a', 'b', 'c', 'e']);
    expect(map.annotators.map((annotator) => annotator.name)).toEqual(['Ana', 'Ben', 'Cy', 'Eve']);
    // With Eve, 4 coders: "the" (Ana and Cy) is 2 × 2 = 4 ≤ 4 → no majority any more.
    const the = map.runs.find((run) => run.start === 16);
    expect(the?.contested).toBe(true);
    // Rebels (3 × 2 = 6 > 4, one label) stays agreed.
    expect(map.runs[0]?.contested).toBe(false);
  });

  it('by default maps every coder except the gold sets', () => {
    const map = disagreementMap(input, 'art', null);
    // Dee has not coded it; the gold annotator is left out; Eve coded it (done).
    expect(map.annotators.map((annotator) => annotator.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(map.runs.some((run) => run.marks.some((mark) => mark.annotatorId === 'g'))).toBe(false);
  });

  it('maps a gold set when it is chosen', () => {
    const map = disagreementMap(input, 'art', ['c', 'g']);
    // northern town: Cy and Gold, same label, 2 × 2 = 4 > 2 → agreed.
    const town = map.runs.find((run) => run.start === 20);
    expect(town).toMatchObject({ end: 33, contested: false });
    expect(town?.marks.map((mark) => mark.annotatorId)).toEqual(['c', 'g']);
  });

  it('gives the same map with the word tokens handed in', () => {
    expect(disagreementMap(input, 'art', null, wordTokens(text))).toEqual(
      disagreementMap(input, 'art', null),
    );
  });

  it('is empty for an article nobody chosen coded, or one that is not there', () => {
    expect(disagreementMap(input, 'art', ['d'])).toEqual({
      articleId: 'art',
      annotators: [],
      runs: [],
      contested: [],
    });
    expect(disagreementMap(input, 'elsewhere', null).runs).toEqual([]);
  });
});
