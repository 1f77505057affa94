import type { AttributeAgreement } from './agreement-types';
import {
  addIntervalPair,
  addNominalPair,
  intervalAlpha,
  intervalTally,
  nominalAlpha,
  nominalTally,
  type IntervalTally,
  type NominalTally,
} from './krippendorff';
import type { LabelSpans } from './label-spans';
import type { OnMatch } from './span-f1';

const NO_PAIRS =
  'No two annotators marked overlapping spans with the same label, so there are no matched pairs to compare.';

export interface AttributeTallies {
  pairs: number;
  target: NominalTally;
  voice: NominalTally;
  valence: IntervalTally;
  sameTarget: number;
  sameVoice: number;
  valenceWithinOne: number;
}

export function attributeTallies(): AttributeTallies {
  return {
    pairs: 0,
    target: nominalTally(),
    voice: nominalTally(),
    valence: intervalTally(),
    sameTarget: 0,
    sameVoice: 0,
    valenceWithinOne: 0,
  };
}

/**
 * Each overlap-matched pair is a unit of two values: target (no target is a value of its
 * own) and voice for nominal α, valence for interval α.
 */
export function countAttributes(tallies: AttributeTallies): OnMatch {
  return (a: LabelSpans, x: number, b: LabelSpans, y: number) => {
    const targetA = a.targets[x]!;
    const targetB = b.targets[y]!;
    const voiceA = a.voices[x]!;
    const voiceB = b.voices[y]!;
    const valenceA = a.valences[x]!;
    const valenceB = b.valences[y]!;
    tallies.pairs += 1;
    addNominalPair(tallies.target, targetA, targetB);
    addNominalPair(tallies.voice, voiceA, voiceB);
    addIntervalPair(tallies.valence, valenceA, valenceB);
    if (targetA === targetB) tallies.sameTarget += 1;
    if (voiceA === voiceB) tallies.sameVoice += 1;
    if (Math.abs(valenceA - valenceB) <= 1) tallies.valenceWithinOne += 1;
  };
}

export function attributeAgreement(tallies: AttributeTallies): AttributeAgreement {
  const sameValue = (what: string) => () =>
    `Every value is the same: every matched span has ${what}.`;
  return {
    pairs: tallies.pairs,
    target: {
      ...nominalAlpha(tallies.target, {
        noUnits: NO_PAIRS,
        sameValue: sameValue('the same target'),
      }),
      same: tallies.sameTarget,
    },
    voice: {
      ...nominalAlpha(tallies.voice, { noUnits: NO_PAIRS, sameValue: sameValue('the same voice') }),
      same: tallies.sameVoice,
    },
    valence: {
      ...intervalAlpha(tallies.valence, {
        noUnits: NO_PAIRS,
        sameValue: (value) => `Every value is the same: every matched span has valence ${value}.`,
      }),
      withinOne: tallies.valenceWithinOne,
    },
  };
}
