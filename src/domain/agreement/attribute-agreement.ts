import type { MatchedPair } from '../scoring/overlap-matching';
import type { Annotation } from '../types';
import type { AlphaResult, AttributeAgreement } from './agreement-types';
import {
  addIntervalUnit,
  addNominalUnit,
  intervalAlpha,
  intervalTally,
  nominalAlpha,
  nominalTally,
} from './krippendorff';

const NO_PAIRS =
  'No two annotators marked overlapping spans with the same label, so there are no matched pairs to compare.';

/**
 * Each overlap-matched pair is a unit of two values: target (no target is a value of its
 * own) and voice as nominal α, valence as interval α.
 */
export function attributeAgreement(
  matches: readonly MatchedPair<Annotation>[],
): AttributeAgreement {
  return {
    pairs: matches.length,
    target: {
      ...nominalAttribute(matches, (span) => span.target, 'the same target'),
      same: matches.filter(({ key, student }) => key.target === student.target).length,
    },
    voice: {
      ...nominalAttribute(matches, (span) => span.voice, 'the same voice'),
      same: matches.filter(({ key, student }) => key.voice === student.voice).length,
    },
    valence: {
      ...valenceAlpha(matches),
      withinOne: matches.filter(({ key, student }) => Math.abs(key.valence - student.valence) <= 1)
        .length,
    },
  };
}

function nominalAttribute(
  matches: readonly MatchedPair<Annotation>[],
  valueOf: (span: Annotation) => string | null,
  sameWhat: string,
): AlphaResult {
  const ids = new Map<string | null, number>();
  const idOf = (span: Annotation) => {
    const value = valueOf(span);
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
  const tally = nominalTally();
  for (const { key, student } of matches) addNominalUnit(tally, [idOf(key), idOf(student)], 2);
  return nominalAlpha(tally, {
    noUnits: NO_PAIRS,
    sameValue: () => `Every value is the same: every matched span has ${sameWhat}.`,
  });
}

function valenceAlpha(matches: readonly MatchedPair<Annotation>[]): AlphaResult {
  const tally = intervalTally();
  for (const { key, student } of matches) addIntervalUnit(tally, [key.valence, student.valence]);
  return intervalAlpha(tally, {
    noUnits: NO_PAIRS,
    sameValue: (value) => `Every value is the same: every matched span has valence ${value}.`,
  });
}
