import { describe, expect, test } from 'vitest';
import { atWordLines } from '../../../src/features/annotate/disagreement/at-word-lines';
import {
  runsAtOffset,
  runsOverlapping,
} from '../../../src/features/annotate/disagreement/run-lookup';
import { packMap } from '../../../src/domain/agreement/packed-map';
import { labels, map, text } from './disagreement-fixture';

/** The map as the worker hands it over (packed). */
const packed = packMap(map);

const at = (offset: number) =>
  runsAtOffset(packed, offset).map((run) => text.slice(run.start, run.end));

describe('run lookup', () => {
  test('the run under an offset, or the one ending there', () => {
    expect(at(text.indexOf('militants'))).toEqual(['militants']);
    expect(at(text.indexOf('storm') + 3)).toEqual(['stormed']);
    // The caret just after "stormed" (offset 21) still points at it.
    expect(at(21)).toEqual(['stormed']);
    // "the" (22..25) is in no run; nor is "The" at the start.
    expect(at(23)).toEqual([]);
    expect(at(0)).toEqual([]);
    expect(at(text.length)).toEqual([]);
  });

  test('every run sharing a character with a stretch, in text order', () => {
    const words = (start: number, end: number) =>
      runsOverlapping(packed, start, end).map((run) => text.slice(run.start, run.end));
    // "stormed the border" = 14..32.
    expect(words(14, 32)).toEqual(['stormed', 'border']);
    expect(words(0, text.length)).toEqual(['militants', 'stormed', 'border', 'town']);
    expect(words(13, 14)).toEqual([]);
    expect(runsOverlapping(packMap({ ...map, runs: [] }), 0, 10)).toEqual([]);
  });
});

describe('"At this word" lines', () => {
  const lines = (start: number, end: number) =>
    atWordLines(map.annotators, runsOverlapping(packed, start, end), labels);

  test('an agreed word lists those who marked it', () => {
    // "town": Ana and Ben, Loaded language; Cy did not mark it, but the word is agreed.
    expect(lines(33, 37)).toEqual(['Ana: Loaded language', 'Ben: Loaded language']);
  });

  test('a contested word also lists who did not mark it', () => {
    expect(lines(14, 21)).toEqual(['Ana: Action framing', 'Ben: not marked', 'Cy: not marked']);
    expect(lines(26, 32)).toEqual([
      'Ana: Loaded language',
      'Ben: Action framing',
      'Cy: not marked',
    ]);
  });

  test('several labels of one annotator are joined by " + " in codebook order', () => {
    // "stormed the border" holds Ana's Action framing and Loaded language; codebook order
    // puts Loaded language (second) before Action framing (third).
    expect(lines(14, 32)).toEqual([
      'Ana: Loaded language + Action framing',
      'Ben: Action framing',
      'Cy: not marked',
    ]);
  });

  test('a word nobody marked has no lines', () => {
    expect(lines(22, 25)).toEqual([]);
  });
});
