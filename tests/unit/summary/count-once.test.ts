import { describe, expect, it } from 'vitest';
import { eachPlaceOnce } from '../../../src/domain/summary/count-once';
import { concordance } from '../../../src/domain/summary/concordance';
import { namingTable } from '../../../src/domain/summary/naming-table';
import { prepareSummary } from '../../../src/domain/summary/prepare-summary';
import type { SummaryAnnotation, SummaryInput } from '../../../src/domain/summary/summary-types';

const TEXT = 'The militants entered the town. Rebels held the bridge.';
// "militants" is characters 4–13, "Rebels" 32–38 ("The militants entered the town. " is 32 long).

function mark(
  annotatorId: string,
  start: number,
  end: number,
  more: Partial<SummaryAnnotation> = {},
): SummaryAnnotation {
  return {
    id: `${annotatorId}-${start}-${end}-${more.labelId ?? 'L'}`,
    articleId: 'art',
    start,
    end,
    exact: TEXT.slice(start, end),
    labelId: 'L',
    target: 'hts',
    valence: -1,
    voice: 'own',
    annotatorId,
    status: 'accepted',
    deleted: 0,
    ...more,
  };
}

function input(annotations: SummaryAnnotation[]): SummaryInput {
  return {
    articles: [{ id: 'art', outletId: 'o1', wordCount: 9, published: '2024', text: TEXT }],
    outlets: [{ id: 'o1', name: 'Levant24' }],
    annotations,
    labels: [{ id: 'L', name: 'Loaded' }],
    actors: [{ id: 'hts', name: 'HTS' }],
    lexicon: [],
  };
}

/** The same word marked by four annotators: three exactly, one a character short. */
const FOUR = [mark('a', 4, 13), mark('b', 4, 13), mark('c', 4, 13), mark('d', 4, 12)];
const ALL = ['a', 'b', 'c', 'd'];

function militantTotal(annotations: SummaryAnnotation[], eachPlaceOnce: boolean): number {
  const data = prepareSummary(input(annotations), { annotatorIds: ALL, eachPlaceOnce });
  return namingTable(data)[0]?.total ?? 0;
}

describe('counting each place once', () => {
  it('counts one word marked by four annotators once, or four times when every one counts', () => {
    // Four overlapping spans with label L in one article → 1 place; every annotator → 4.
    expect(militantTotal(FOUR, true)).toBe(1);
    expect(militantTotal(FOUR, false)).toBe(4);
  });

  it('represents the place by its most common span', () => {
    // 4–13 three times, 4–12 once → 4–13, "militants".
    const [place] = eachPlaceOnce(FOUR);
    expect([place?.start, place?.end, place?.exact]).toEqual([4, 13, 'militants']);
  });

  it('breaks a tie by the earlier start, then the longer span', () => {
    // 4–13 and 5–13 once each: the earlier start wins. 4–13 and 4–10 once each: the longer.
    expect(eachPlaceOnce([mark('a', 5, 13), mark('b', 4, 13)])[0]?.start).toBe(4);
    expect(eachPlaceOnce([mark('a', 4, 10), mark('b', 4, 13)])[0]?.end).toBe(13);
  });

  it('takes the target, voice and valence from the representative', () => {
    const places = eachPlaceOnce([
      mark('a', 4, 13, { valence: -2, voice: 'quoted' }),
      mark('b', 4, 13, { valence: -2, voice: 'quoted' }),
      mark('c', 4, 12, { valence: 1, voice: 'own' }),
    ]);
    expect(places).toHaveLength(1);
    expect([places[0]?.valence, places[0]?.voice]).toEqual([-2, 'quoted']);
  });

  it('keeps different labels and separate words apart, joins chains of overlaps', () => {
    const places = eachPlaceOnce([
      mark('a', 4, 13), // place 1
      mark('b', 4, 13, { labelId: 'M' }), // other label: place 2
      mark('c', 32, 38), // "Rebels": place 3
      mark('a', 10, 20), // overlaps 4–13 → place 1
      mark('b', 19, 25), // overlaps 10–20 only → still place 1 (a chain)
    ]);
    // 5 spans → 3 places.
    expect(places).toHaveLength(3);
  });

  it('lists only the counted place in the concordance', () => {
    const data = prepareSummary(input(FOUR), { annotatorIds: ALL, eachPlaceOnce: true });
    const lines = concordance('militants', data);
    // One place, one line. Every annotator: a, b and c's "militants" are three lines (d's
    // 4–12 reads "militant", another term without a lexicon).
    expect(lines).toHaveLength(1);
    const every = prepareSummary(input(FOUR), { annotatorIds: ALL });
    expect(concordance('militants', every)).toHaveLength(3);
  });

  it('applies the voice filter to the representative, and the annotator filter before merging', () => {
    const marks = [
      mark('a', 4, 13, { voice: 'quoted' }),
      mark('b', 4, 13, { voice: 'quoted' }),
      mark('c', 4, 13, { voice: 'own' }),
    ];
    const count = (filter: Parameters<typeof prepareSummary>[1]) =>
      prepareSummary(input(marks), { eachPlaceOnce: true, ...filter }).totals.annotations;
    // Representative (4–13, first by id: a's) is quoted: own-only → 0, quoted-only → 1.
    expect(count({ voices: ['own'] })).toBe(0);
    expect(count({ voices: ['quoted'] })).toBe(1);
    // Only c chosen: c's own span is the place.
    expect(count({ annotatorIds: ['c'], voices: ['own'] })).toBe(1);
  });
});
