import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, compareVersions, planMerge } from '../../../../src/domain/exchange/merge';
import type { Annotation } from '../../../../src/domain/types';

function annotation(overrides: Partial<Annotation> & { id: string }): Annotation {
  return {
    articleId: 'art-1',
    start: 10,
    end: 17,
    exact: 'militant',
    prefix: '',
    suffix: '',
    labelId: 'actor-label',
    target: 'hts',
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ann-a',
    status: 'accepted',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: 0,
    ...overrides,
  };
}

function sorted(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe('planMerge', () => {
  const base = annotation({ id: 'x' });

  it('counts new, updated and unchanged', () => {
    const newer = { ...base, valence: -2, updatedAt: '2026-01-02T00:00:00.000Z' };
    const fresh = annotation({ id: 'y' });
    const same = annotation({ id: 'z' });
    const plan = planMerge([base, same], [newer, fresh, same]);
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicting: 0 });
    expect(plan.toWrite).toEqual([newer, fresh]);
  });

  it('keeps the stored copy when the incoming one is older (unchanged, nothing written)', () => {
    const stored = { ...base, note: 'mine', updatedAt: '2026-01-03T00:00:00.000Z' };
    const plan = planMerge([stored], [base]);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 1, conflicting: 0 });
    expect(plan.toWrite).toEqual([]);
  });

  it('reports parallel edits as conflicting and still resolves them by last writer', () => {
    // Both copies were edited after creation (updatedAt ≠ createdAt) and differ.
    const mine = { ...base, note: 'mine', updatedAt: '2026-01-02T00:00:00.000Z' };
    const theirs = { ...base, valence: 1, updatedAt: '2026-01-03T00:00:00.000Z' };
    const plan = planMerge([mine], [theirs]);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 0, conflicting: 1 });
    expect(plan.toWrite).toEqual([theirs]);
    expect(plan.conflicts).toEqual([
      { id: 'x', existing: mine, incoming: theirs, winner: 'incoming' },
    ]);
    // The other way round the stored copy is the newer one: it stays.
    const reverse = planMerge([theirs], [mine]);
    expect(reverse.counts.conflicting).toBe(1);
    expect(reverse.toWrite).toEqual([]);
    expect(reverse.conflicts[0]?.winner).toBe('existing');
  });

  it('propagates a newer tombstone and ignores an older one', () => {
    const deleted = { ...base, deleted: 1 as const, updatedAt: '2026-01-02T00:00:00.000Z' };
    expect(applyMerge([base], [deleted])).toEqual([deleted]);
    const revived = { ...base, note: 'edited later', updatedAt: '2026-01-03T00:00:00.000Z' };
    expect(applyMerge([revived], [deleted])).toEqual([revived]);
  });

  it('breaks ties on updatedAt by annotatorId, then tombstone, then content', () => {
    const t = '2026-01-02T00:00:00.000Z';
    const byA = { ...base, annotatorId: 'ann-a', note: 'a', updatedAt: t };
    const byB = { ...base, annotatorId: 'ann-b', note: 'b', updatedAt: t };
    // "ann-b" > "ann-a" in code-unit order.
    expect(compareVersions(byB, byA)).toBeGreaterThan(0);
    const live = { ...base, updatedAt: t };
    const dead = { ...base, updatedAt: t, deleted: 1 as const };
    expect(compareVersions(dead, live)).toBeGreaterThan(0);
    const one = { ...base, updatedAt: t, note: 'one' };
    const two = { ...base, updatedAt: t, note: 'two' };
    expect(Math.sign(compareVersions(one, two))).toBe(-Math.sign(compareVersions(two, one)));
    expect(compareVersions(one, { ...one })).toBe(0);
  });

  it('compares instants, not strings, for differently written timestamps', () => {
    const earlier = { ...base, updatedAt: '2026-01-02T10:00:00+02:00' }; // 08:00Z
    const later = { ...base, note: 'later', updatedAt: '2026-01-02T09:00:00Z' };
    expect(compareVersions(later, earlier)).toBeGreaterThan(0);
  });

  it('collapses an id listed twice in one file to its newest version', () => {
    const older = { ...base, note: 'old', updatedAt: '2026-01-02T00:00:00.000Z' };
    const newer = { ...base, note: 'new', updatedAt: '2026-01-04T00:00:00.000Z' };
    const plan = planMerge([], [newer, older]);
    expect(plan.toWrite).toEqual([newer]);
    expect(plan.counts.new).toBe(1);
  });
});

describe('merge properties (fast-check)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  // Few distinct times so that equal updatedAt (the tie-break paths) happen often.
  const time = fc.integer({ min: 0, max: 5 }).map((minute) => `2026-01-01T00:0${minute}:00.000Z`);
  const edit = fc.record({
    id: fc.constantFrom(...ids),
    annotatorId: fc.constantFrom('ann-a', 'ann-b'),
    valence: fc.integer({ min: -2, max: 2 }),
    note: fc.constantFrom('', 'x', 'y'),
    deleted: fc.constantFrom<0 | 1>(0, 0, 1),
    updatedAt: time,
  });
  const history = fc.array(edit, { maxLength: 12 });

  /** One machine: starts from `base` and applies its own edits in order. */
  function edited(
    base: readonly Annotation[],
    edits: readonly (Partial<Annotation> & { id: string })[],
  ): Annotation[] {
    const byId = new Map(base.map((a) => [a.id, a]));
    for (const change of edits) {
      const current =
        byId.get(change.id) ?? annotation({ id: change.id, createdAt: '2026-01-01T00:00:00.000Z' });
      byId.set(change.id, { ...current, ...change });
    }
    return [...byId.values()];
  }

  const base = [annotation({ id: 'a' }), annotation({ id: 'b', deleted: 1 })];

  it('two copies edited independently converge whichever way they are merged', () => {
    fc.assert(
      fc.property(history, history, (editsA, editsB) => {
        const a = edited(base, editsA);
        const b = edited(base, editsB);
        const aThenB = applyMerge(a, b);
        const bThenA = applyMerge(b, a);
        expect(sorted(aThenB)).toEqual(sorted(bThenA));
      }),
      { numRuns: 300 },
    );
  });

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(history, history, (editsA, editsB) => {
        const a = edited(base, editsA);
        const file = edited(base, editsB);
        const once = applyMerge(a, file);
        const plan = planMerge(once, file);
        expect(plan.toWrite).toEqual([]);
        expect(plan.counts.new + plan.counts.updated).toBe(0);
        expect(sorted(applyMerge(once, file))).toEqual(sorted(once));
      }),
      { numRuns: 300 },
    );
  });

  it('files merged into an empty library in any order give the same library', () => {
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 2, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (histories, seeds) => {
          const files = histories.map((edits) => edited(base, edits));
          const forward = files.reduce<Annotation[]>(
            (library, file) => applyMerge(library, file),
            [],
          );
          // A permutation of the files driven by `seeds`.
          const order = files
            .map((file, index) => ({ file, key: seeds[index] ?? index }))
            .sort((x, y) => x.key - y.key)
            .map((entry) => entry.file);
          const shuffled = order.reduce<Annotation[]>(
            (library, file) => applyMerge(library, file),
            [],
          );
          expect(sorted(shuffled)).toEqual(sorted(forward));
          // Grouping does not matter either: (A ∪ B) ∪ C = A ∪ (B ∪ C).
          const [first, ...rest] = files;
          const grouped = applyMerge(
            first ?? [],
            rest.reduce<Annotation[]>((acc, f) => applyMerge(acc, f), []),
          );
          expect(sorted(grouped)).toEqual(sorted(forward));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a copy that saw everything is never changed by an older export', () => {
    fc.assert(
      fc.property(history, history, (editsA, editsB) => {
        const a = edited(base, editsA);
        const b = edited(base, editsB);
        const merged = applyMerge(a, b);
        expect(planMerge(merged, a).toWrite).toEqual([]);
        expect(planMerge(merged, b).toWrite).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
