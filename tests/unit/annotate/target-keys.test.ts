import { describe, expect, test } from 'vitest';
import type { Actor } from '../../../src/domain/types';
import {
  targetForKey,
  targetKey,
  targetKeyRange,
} from '../../../src/features/annotate/keys/target-keys';

const actors: Actor[] = Array.from({ length: 12 }, (_, index) => ({
  id: `actor-${index + 1}`,
  name: `Actor ${index + 1}`,
  aliases: [],
}));

describe('the keys that pick a target after T', () => {
  test('the first nine actors are 1–9, the next ones a, b, c…', () => {
    expect([0, 8, 9, 11].map(targetKey)).toEqual(['1', '9', 'a', 'c']);
    // 9 digits + 26 letters = 35 keys; the 36th actor has none.
    expect(targetKey(34)).toBe('z');
    expect(targetKey(35)).toBeNull();
  });

  test('a key names the actor in that place; letters either case', () => {
    expect(targetForKey(actors, '2')).toBe('actor-2');
    expect(targetForKey(actors, 'a')).toBe('actor-10');
    expect(targetForKey(actors, 'C')).toBe('actor-12');
  });

  test('0 and Backspace clear the target; other keys name nobody', () => {
    expect(targetForKey(actors, '0')).toBe('clear');
    expect(targetForKey(actors, 'Backspace')).toBe('clear');
    // "d" would be the 13th actor; there are 12.
    expect(targetForKey(actors, 'd')).toBeNull();
    expect(targetForKey(actors, 'Enter')).toBeNull();
  });

  test('the hint names the range of keys', () => {
    expect(targetKeyRange(7)).toBe('1–7');
    expect(targetKeyRange(1)).toBe('1');
    expect(targetKeyRange(10)).toBe('1–9, a');
    expect(targetKeyRange(12)).toBe('1–9, a–c');
  });
});
