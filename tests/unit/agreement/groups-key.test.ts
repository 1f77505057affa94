import { describe, expect, it } from 'vitest';
import { fnv1a64, groupKey } from '../../../src/domain/agreement/group-key';

describe('the group key hash', () => {
  it('is 64-bit FNV-1a (the reference test vectors)', () => {
    // From the FNV reference test suite (Fowler, Noll, Vo): the offset basis for "", then
    // "a" and "foobar".
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('names the article and does not depend on the members’ order', () => {
    expect(groupKey('art', ['b', 'a'])).toBe(groupKey('art', ['a', 'b']));
    expect(groupKey('art', ['a', 'b'])).toMatch(/^art:[0-9a-f]{16}$/);
    expect(groupKey('art', ['a', 'b'])).not.toBe(groupKey('art', ['a', 'c']));
    // Members are separated, so ["ab"] and ["a", "b"] are different groups.
    expect(groupKey('art', ['ab'])).not.toBe(groupKey('art', ['a', 'b']));
  });
});
