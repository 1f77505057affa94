import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  formatCount,
  formatDecimal,
  formatSigned,
  formatTermUsage,
  formatValence,
} from '../../../src/features/summary/format';
import {
  defaultFilterState,
  toggleChoice,
  toSummaryFilter,
} from '../../../src/features/summary/filters/filter-state';
import type { CountingDefault } from '../../../src/domain/summary/counting-set';
import { toCsv } from '../../../src/ui/csv-file';
import { datedFileName } from '../../../src/ui/download-file';

describe('number formatting', () => {
  test('two decimals, a true minus sign, a dash for no words', () => {
    expect(formatDecimal((2 / 416) * 1000)).toBe('4.81');
    expect(formatDecimal(0)).toBe('0.00');
    expect(formatDecimal(-0.001)).toBe('0.00');
    expect(formatDecimal(-5 / 3)).toBe('\u22121.67');
    expect(formatDecimal(null)).toBe('—');
    expect(formatDecimal(1234.5)).toBe('1,234.50');
    expect(formatSigned(1.0581)).toBe('+1.06');
    expect(formatSigned(-0.004)).toBe('0.00');
    expect(formatCount(2242)).toBe('2,242');
    expect(formatValence(-2)).toBe('\u22122');
    expect(formatValence(0)).toBe('0');
  });

  test('term usage: own voice first, then quoted and attributed when they occur', () => {
    expect(formatTermUsage({ own: 3, quoted: 1, attributed: 0 })).toBe('3 · quoted 1');
    expect(formatTermUsage({ own: 0, quoted: 1, attributed: 2 })).toBe('quoted 1 · attributed 2');
    expect(formatTermUsage({ own: 2, quoted: 0, attributed: 0 })).toBe('2');
  });
});

describe('filter state', () => {
  const mine: CountingDefault = { source: 'current', annotatorIds: ['me'] };

  test('defaults count the default set; lists are sorted so that keys are stable', () => {
    expect(toSummaryFilter(defaultFilterState, mine)).toEqual({ annotatorIds: ['me'] });
    expect(
      toSummaryFilter(
        { ...defaultFilterState, outletIds: ['b', 'a'], voices: ['quoted', 'own'] },
        mine,
      ),
    ).toEqual({ outletIds: ['a', 'b'], annotatorIds: ['me'], voices: ['own', 'quoted'] });
  });

  test('several annotators count each place once unless every annotator is to count', () => {
    const keys: CountingDefault = { source: 'answer-key', annotatorIds: ['k2', 'k1'] };
    expect(toSummaryFilter(defaultFilterState, keys)).toEqual({
      annotatorIds: ['k1', 'k2'],
      eachPlaceOnce: true,
    });
    const chosen = { ...defaultFilterState, annotatorIds: ['b', 'a'], countEvery: true };
    expect(toSummaryFilter(chosen, mine)).toEqual({ annotatorIds: ['a', 'b'] });
    // Nobody named yet: everyone, each place once.
    const everyone: CountingDefault = { source: 'everyone', annotatorIds: ['a', 'b'] };
    expect(toSummaryFilter(defaultFilterState, everyone)).toEqual({ eachPlaceOnce: true });
  });

  test('a date bound with a mistake is left open', () => {
    expect(
      toSummaryFilter({ ...defaultFilterState, dateFrom: '2024-13', dateTo: '2024-09' }, mine),
    ).toEqual({
      annotatorIds: ['me'],
      dateTo: '2024-09',
    });
  });

  test('toggling: all → all but one → all again; the last choice stays', () => {
    const all = ['a', 'b', 'c'];
    const withoutB = toggleChoice(null, all, 'b');
    expect(withoutB).toEqual(['a', 'c']);
    expect(toggleChoice(withoutB, all, 'b')).toBeNull();
    expect(toggleChoice(['a'], all, 'a')).toEqual(['a']);
  });
});

describe('CSV files', () => {
  const columns = [
    { header: 'Term', value: (row: { term: string; z: number | null }) => row.term },
    { header: 'z', value: (row: { term: string; z: number | null }) => row.z },
  ];

  test('text that starts like a formula is escaped; numbers stay numbers', () => {
    const csv = toCsv(columns, [
      { term: '=HYPERLINK("x")', z: -1.5 },
      { term: '-regime', z: null },
      { term: '@sum\nsecond line', z: 2 },
      { term: "'+quoted", z: 0 },
      { term: 'militant, "so-called"', z: 1e-7 },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Term', 'z'],
      ['\'=HYPERLINK("x")', '-1.5'],
      ["'-regime", ''],
      ["'@sum\nsecond line", '2'],
      ["''+quoted", '0'],
      ['militant, "so-called"', '1e-7'],
    ]);
  });

  test('file names say what and when', () => {
    expect(datedFileName('naming table', 'csv', new Date(2026, 10, 23))).toBe(
      'framelens-naming-table-2026-11-23.csv',
    );
    expect(datedFileName('Concordance “terrorist”', 'csv', new Date(2026, 0, 5))).toBe(
      'framelens-concordance-terrorist-2026-01-05.csv',
    );
  });
});
