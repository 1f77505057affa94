import { describe, expect, test } from 'vitest';
import {
  describeCounts,
  describeOutcome,
  plural,
} from '../../../src/features/classroom/open/open-summary';

describe('what opening classroom files says', () => {
  test('counts in words, parts that are zero left out', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(1200, 'annotation')).toBe('1,200 annotations');
    expect(describeCounts({ new: 12, updated: 0, unchanged: 3, conflicting: 1 })).toBe(
      'annotations: 12 new, 3 unchanged, 1 edited on both sides',
    );
    expect(describeCounts({ new: 0, updated: 2, unchanged: 0, conflicting: 0 })).toBe(
      '2 updated annotations',
    );
    expect(describeCounts({ new: 0, updated: 0, unchanged: 0, conflicting: 0 })).toBe(
      'no annotations',
    );
  });

  test('the result line starts with "Opened" and names what was opened', () => {
    const counts = { new: 4, updated: 0, unchanged: 0, conflicting: 0 };
    expect(
      describeOutcome({ assignmentIds: [], submissions: 2, feedback: 0, annotations: counts }),
    ).toBe('Opened 2 hand-ins (4 new annotations).');
    expect(
      describeOutcome({ assignmentIds: ['a'], submissions: 0, feedback: 1, annotations: counts }),
    ).toBe('Opened 1 assignment, 1 feedback file (4 new annotations).');
  });
});
