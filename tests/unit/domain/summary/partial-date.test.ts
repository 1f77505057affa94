import { describe, expect, test } from 'vitest';
import {
  isPublishedInRange,
  partialDateInterval,
  resolveDateRange,
} from '../../../../src/domain/summary/partial-date';

describe('partialDateInterval', () => {
  test('a partial date is the interval it denotes', () => {
    expect(partialDateInterval('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(partialDateInterval('2024-09')).toEqual({ first: '2024-09-01', last: '2024-09-30' });
    expect(partialDateInterval('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateInterval('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(partialDateInterval('2024-11-28')).toEqual({ first: '2024-11-28', last: '2024-11-28' });
  });

  test('rejects what is not a real partial date', () => {
    for (const bad of ['', '24', '2024-13', '2024-00', '2024-9', '2023-02-29', '2024-09-31', 'x']) {
      expect(partialDateInterval(bad)).toBeNull();
    }
  });
});

describe('isPublishedInRange (overlap rule)', () => {
  const range = (from?: string, to?: string) => resolveDateRange(from, to);

  test('an article dated "2024-09" overlaps [2024-09-15, 2024-12-31] and is included', () => {
    // Sep 2024 = [2024-09-01, 2024-09-30]; 2024-09-30 ≥ 2024-09-15 and 2024-09-01 ≤ 2024-12-31.
    expect(isPublishedInRange('2024-09', range('2024-09-15', '2024-12-31'))).toBe(true);
  });

  test('inclusion needs only some overlap, at either end', () => {
    expect(isPublishedInRange('2024-09', range('2024-01-01', '2024-09-01'))).toBe(true);
    expect(isPublishedInRange('2024', range('2024-12-31', '2025-06'))).toBe(true);
    expect(isPublishedInRange('2024-09', range('2024-10-01'))).toBe(false);
    expect(isPublishedInRange('2024-09', range(undefined, '2024-08-31'))).toBe(false);
  });

  test('partial bounds stand for their whole interval', () => {
    // dateFrom "2024-10" starts 2024-10-01; dateTo "2024-11" ends 2024-11-30.
    expect(resolveDateRange('2024-10', '2024-11')).toEqual({
      from: '2024-10-01',
      to: '2024-11-30',
    });
    expect(isPublishedInRange('2024-11-30', range('2024-10', '2024-11'))).toBe(true);
    expect(isPublishedInRange('2024-12-01', range('2024-10', '2024-11'))).toBe(false);
    expect(isPublishedInRange('2024-09-30', range('2024-10', '2024-11'))).toBe(false);
  });

  test('open range includes everything; with a bound, undated articles are left out', () => {
    expect(isPublishedInRange('', range())).toBe(true);
    expect(isPublishedInRange('', range('', ''))).toBe(true);
    expect(isPublishedInRange('', range('2000'))).toBe(false);
    expect(isPublishedInRange('someday', range(undefined, '2030'))).toBe(false);
  });

  test('an invalid bound throws a RangeError naming it', () => {
    expect(() => resolveDateRange('2024-13')).toThrow(/dateFrom "2024-13"/);
    expect(() => resolveDateRange(undefined, 'soon')).toThrow(RangeError);
  });
});
