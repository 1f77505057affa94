import { describe, expect, it } from 'vitest';
import {
  ISO_TIMESTAMP,
  isIsoTimestamp,
  offsetOrderProblem,
  offsetPairSchema,
  readOffsetPair,
  spanOffsetsSchema,
  statusSchema,
  VOICES,
  voiceSchema,
} from '../../../../src/domain/exchange/schemas';

describe('shared offset schemas', () => {
  it('an offset pair is two whole numbers with 0 ≤ start ≤ end', () => {
    expect(readOffsetPair({ start: 3, end: 7 })).toEqual({ ok: true, start: 3, end: 7 });
    expect(readOffsetPair({ start: 4, end: 4 })).toEqual({ ok: true, start: 4, end: 4 });
    expect(readOffsetPair({ start: 5, end: 2 })).toEqual({
      ok: false,
      problem: 'reversed',
      field: 'end',
    });
    expect(offsetPairSchema.safeParse({ start: 0, end: 0 }).success).toBe(true);
  });

  it('a span covers at least one unit', () => {
    expect(readOffsetPair({ start: 4, end: 4 }, spanOffsetsSchema)).toEqual({
      ok: false,
      problem: 'empty',
      field: 'end',
    });
    expect(readOffsetPair({ start: 5, end: 2 }, spanOffsetsSchema)).toMatchObject({
      problem: 'reversed',
    });
  });

  it('says which field is not a whole number ≥ 0, start first', () => {
    const notWhole = (start: unknown, end: unknown) => readOffsetPair({ start, end });
    expect(notWhole(-1, 5)).toEqual({ ok: false, problem: 'not-whole', field: 'start' });
    expect(notWhole('3', 5)).toEqual({ ok: false, problem: 'not-whole', field: 'start' });
    expect(notWhole(1.5, 'x')).toEqual({ ok: false, problem: 'not-whole', field: 'start' });
    expect(notWhole(2, 4.5)).toEqual({ ok: false, problem: 'not-whole', field: 'end' });
    expect(notWhole(2, null)).toEqual({ ok: false, problem: 'not-whole', field: 'end' });
    expect(notWhole(undefined, undefined)).toMatchObject({ problem: 'not-whole' });
  });

  it('a negative end after a valid start is out of order, not "not whole"', () => {
    // end ≥ start ≥ 0 already keeps end from being negative; files get the clearer message.
    expect(readOffsetPair({ start: 0, end: -3 })).toMatchObject({ problem: 'reversed' });
  });

  it('the order rule is the same one the schemas apply', () => {
    for (const [start, end] of [
      [0, 1],
      [2, 2],
      [5, 1],
    ] as const) {
      const problem = offsetOrderProblem(start, end);
      const reading = readOffsetPair({ start, end }, spanOffsetsSchema);
      expect(reading.ok ? null : reading.problem).toBe(problem);
    }
  });
});

describe('shared time and enum schemas', () => {
  it('accepts the timestamps exchange files write, with Z or an offset', () => {
    for (const value of [
      '2024-09-30T12:00:00Z',
      '2024-09-30T12:00:00.000Z',
      '2024-09-30T12:00:00.123456+02:00',
      '2024-09-30T12:00:00-05:30',
    ]) {
      expect(isIsoTimestamp(value), value).toBe(true);
      expect(ISO_TIMESTAMP.test(value)).toBe(true);
    }
  });

  it('refuses dates without a time, times without a zone, and non-strings', () => {
    for (const value of [
      '2024-09-30',
      '2024-09-30T12:00:00',
      '2024-09-30 12:00:00Z',
      '',
      5,
      null,
    ]) {
      expect(isIsoTimestamp(value), String(value)).toBe(false);
    }
  });

  it('voice and status are the model’s values and nothing else', () => {
    expect(VOICES.map((voice) => voiceSchema.safeParse(voice).success)).toEqual([true, true, true]);
    expect(voiceSchema.safeParse('shouted').success).toBe(false);
    expect(statusSchema.safeParse('accepted').success).toBe(true);
    expect(statusSchema.safeParse('rejected-suggestion').success).toBe(true);
    expect(statusSchema.safeParse('pending').success).toBe(false);
  });
});
