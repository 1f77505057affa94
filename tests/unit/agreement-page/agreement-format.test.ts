import { describe, expect, it } from 'vitest';
import {
  alphaSentence,
  formatMeasure,
  formatShare,
  kappaBand,
} from '../../../src/features/agreement/agreement-format';

describe('agreement numbers as shown', () => {
  it('three decimals, a true minus sign, a dash for undefined', () => {
    expect(formatMeasure(0.74342)).toBe('0.743');
    expect(formatMeasure(1)).toBe('1.000');
    expect(formatMeasure(-0.25)).toBe('\u22120.250');
    // −0.0001 rounds to 0 at three decimals: no "−0.000".
    expect(formatMeasure(-0.0001)).toBe('0.000');
    expect(formatMeasure(null)).toBe('—');
    expect(formatMeasure(Number.NaN)).toBe('—');
  });

  it('α as a sentence: the value, or why it is undefined', () => {
    expect(alphaSentence({ value: 0.7434, reason: null })).toBe('α = 0.743');
    expect(alphaSentence({ value: null, reason: 'Only one annotator coded these articles.' })).toBe(
      'α is undefined: Only one annotator coded these articles.',
    );
  });

  it('shares as whole percentages; nothing to divide by is a dash', () => {
    // 3 of 4 matched pairs = 75%; 2 of 3 = 66.7% → "67%".
    expect(formatShare(3, 4)).toBe('75%');
    expect(formatShare(2, 3)).toBe('67%');
    expect(formatShare(0, 0)).toBe('—');
  });

  it('κ bands at the Landis & Koch boundaries', () => {
    expect(kappaBand(-0.1)).toBe('below-chance');
    expect(kappaBand(0)).toBe('slight');
    expect(kappaBand(0.2)).toBe('slight');
    expect(kappaBand(0.21)).toBe('fair');
    expect(kappaBand(0.6)).toBe('moderate');
    expect(kappaBand(0.8)).toBe('substantial');
    expect(kappaBand(0.81)).toBe('almost-perfect');
  });
});
