import { describe, expect, test } from 'vitest';
import { compareText, textRanks } from '../../../../src/domain/summary/collate';

describe('textRanks', () => {
  test('ranks each value by compareText, by index', () => {
    // Sorted: "Assad regime" (0), "militant" (1), "Militant groups" (2), "rebel" (3).
    const values = ['rebel', 'militant', 'Assad regime', 'Militant groups'];
    expect([...textRanks(values)]).toEqual([3, 1, 0, 2]);
    expect([...values].sort(compareText)).toEqual([
      'Assad regime',
      'militant',
      'Militant groups',
      'rebel',
    ]);
  });

  test('the remembered answer is only reused for the very same list', () => {
    const first = textRanks(['b', 'a']);
    expect([...first]).toEqual([1, 0]);
    first[0] = 99; // callers get their own copy
    expect([...textRanks(['b', 'a'])]).toEqual([1, 0]);
    expect([...textRanks(['b', 'a', 'c'])]).toEqual([1, 0, 2]);
    expect([...textRanks(['a', 'b'])]).toEqual([0, 1]);
  });
});
