import { describe, expect, it } from 'vitest';
import { compareWithKey } from '../../../src/domain/scoring/compare-with-key';
import { span } from './scoring-fixture';

describe('compareWithKey', () => {
  it('draws matched as the key’s span, missed and extra as their own, sorted by position', () => {
    const key = [span(0, 10), span(30, 40), span(60, 70, { labelId: 'X' })];
    const student = [span(2, 12), span(50, 55), span(60, 70, { labelId: 'Y' })];
    const compared = compareWithKey(student, key);
    // 2–12 overlaps key 0–10 (same label): matched, drawn 0–10. Key 30–40: nobody → missed.
    // 50–55: no key → extra. 60–70 X vs Y: different labels → key missed, student extra.
    expect(compared.map((c) => [c.kind, c.start, c.end])).toEqual([
      ['matched', 0, 10],
      ['missed', 30, 40],
      ['extra', 50, 55],
      ['missed', 60, 70],
      ['extra', 60, 70],
    ]);
    expect(compared[0]!.key).toBe(key[0]);
    expect(compared[0]!.student).toBe(student[0]);
    expect(compared[1]!.student).toBeNull();
    expect(compared[2]!.key).toBeNull();
  });

  it('matches one-to-one: a second student span on the same key span is extra', () => {
    // Key 0–10; student 0–8 (8 shared) and 6–10 (4 shared): 0–8 is the match, 6–10 extra.
    const student = [span(6, 10), span(0, 8)];
    const compared = compareWithKey(student, [span(0, 10)]);
    expect(compared.map((c) => [c.kind, c.start, c.end])).toEqual([
      ['matched', 0, 10],
      ['extra', 6, 10],
    ]);
    expect(compared[0]!.student).toBe(student[1]);
  });

  it('leaves out suggestions and deleted annotations', () => {
    const compared = compareWithKey(
      [span(0, 10, { status: 'rejected-suggestion' })],
      [span(0, 10, { deleted: 1 }), span(20, 30)],
    );
    expect(compared.map((c) => [c.kind, c.start])).toEqual([['missed', 20]]);
  });
});
