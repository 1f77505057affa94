const valenceWords: Record<number, string> = {
  [-2]: 'hostile',
  [-1]: 'negative',
  0: 'neutral',
  1: 'positive',
  2: 'sympathetic',
};

export const VALENCES = [-2, -1, 0, 1, 2] as const;

/** "−2 hostile", "+1 positive", "0 neutral". */
export function formatValence(valence: number): string {
  const sign = valence > 0 ? '+' : valence < 0 ? '−' : '';
  return `${sign}${Math.abs(valence)} ${valenceWords[valence] ?? ''}`.trim();
}
