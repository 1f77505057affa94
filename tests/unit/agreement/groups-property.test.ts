import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curationGroups } from '../../../src/domain/agreement/curation-groups';
import type { CurationGroup } from '../../../src/domain/agreement/curation-types';
import { agreementInput, span } from './map-fixture';

const text = 'abcdefghij'.repeat(6);
const annotatorIds = ['p', 'q', 'r', 's'];
const annotators = annotatorIds.map((id) => ({ id, name: id.toUpperCase() }));

const spanArbitrary = fc
  .record({
    annotator: fc.constantFrom(...annotatorIds),
    start: fc.integer({ min: 0, max: text.length - 1 }),
    length: fc.integer({ min: 1, max: 12 }),
    label: fc.constantFrom('loaded', 'euph'),
  })
  .map(({ annotator, start, length, label }) => {
    const end = Math.min(text.length, start + length);
    return span(text, annotator, text.slice(start, end), label, {}, start);
  });

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Whether the group's votes are linked by overlaps, each to the first through the others. */
function connected(group: CurationGroup): boolean {
  const reached = new Set([0]);
  const queue = [0];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const from = group.votes[next];
    group.votes.forEach((vote, index) => {
      if (from !== undefined && !reached.has(index) && overlap(from, vote)) {
        reached.add(index);
        queue.push(index);
      }
    });
  }
  return reached.size === group.votes.length;
}

describe('curation groups, for any spans', () => {
  it('put every chosen annotation in exactly one group, and groups never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(spanArbitrary, { maxLength: 30 }),
        fc.subarray(annotatorIds, { minLength: 1 }),
        (spans, chosen) => {
          const groups = curationGroups(agreementInput(text, annotators, spans), chosen, ['art']);
          const grouped = groups.flatMap((group) => group.votes.map((vote) => vote.annotationId));
          const expected = spans.filter((s) => chosen.includes(s.annotatorId)).map((s) => s.id);
          expect([...grouped].sort()).toEqual([...expected].sort());
          for (const [index, group] of groups.entries()) {
            const later = groups[index + 1];
            if (later !== undefined) expect(later.start).toBeGreaterThanOrEqual(group.end);
            expect(connected(group)).toBe(true);
            const versioned = group.versions.flatMap((version) => version.annotationIds);
            expect(versioned.sort()).toEqual(group.votes.map((vote) => vote.annotationId).sort());
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
