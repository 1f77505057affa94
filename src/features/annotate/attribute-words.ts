import type { ComparisonKind } from '../../domain/scoring/score-types';
import type { Actor, Annotation, Label, Voice } from '../../domain/types';

/** An annotation's attributes in words, for the read-only panels. */

const VOICE_WORDS: Record<Voice, string> = {
  own: 'own words',
  quoted: 'quoted',
  attributed: 'attributed',
};

const VALENCE_WORDS: Record<number, string> = {
  [-2]: '−2 hostile',
  [-1]: '−1 negative',
  0: '0 neutral',
  1: '+1 positive',
  2: '+2 sympathetic',
};

export function labelName(labels: readonly Label[], labelId: string): string {
  return labels.find((label) => label.id === labelId)?.name ?? 'Unknown label';
}

export function describeAttributes(
  annotation: Pick<Annotation, 'target' | 'voice' | 'valence'>,
  actors: readonly Actor[],
): { target: string; voice: string; valence: string } {
  const actor = actors.find((candidate) => candidate.id === annotation.target);
  return {
    target: annotation.target === null ? 'no particular actor' : (actor?.name ?? annotation.target),
    voice: VOICE_WORDS[annotation.voice],
    valence: VALENCE_WORDS[annotation.valence] ?? String(annotation.valence),
  };
}

/** "You vs the key": each kind of span in words. */
export const KIND_WORDS: Record<ComparisonKind, string> = {
  matched: 'Matched: you and the key both marked this',
  missed: 'Missed: the key marked this, you did not',
  extra: 'Extra: you marked this, the key did not',
};
