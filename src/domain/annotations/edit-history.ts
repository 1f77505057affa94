import type { Annotation } from '../types';

/** One annotation's state before and after a step; `before: null` means the step created it. */
export interface AnnotationChange {
  before: Annotation | null;
  after: Annotation;
}

export interface HistoryStep {
  /** What the step did, for the Undo/Redo button titles ("Undo delete"). */
  description: string;
  changes: AnnotationChange[];
}

export interface EditHistory {
  past: HistoryStep[];
  future: HistoryStep[];
}

export const HISTORY_LIMIT = 100;

export const emptyHistory: EditHistory = { past: [], future: [] };

export function recordStep(
  history: EditHistory,
  step: HistoryStep,
  limit = HISTORY_LIMIT,
): EditHistory {
  if (step.changes.length === 0) return history;
  const past = [...history.past, step];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The states to write to undo the last step (a created annotation becomes a tombstone). */
export function undoWrites(step: HistoryStep): Annotation[] {
  return step.changes.map(({ before, after }) => before ?? { ...after, deleted: 1 });
}

export function redoWrites(step: HistoryStep): Annotation[] {
  return step.changes.map(({ after }) => after);
}

export function afterUndo(history: EditHistory): EditHistory {
  const step = history.past.at(-1);
  if (!step) return history;
  return { past: history.past.slice(0, -1), future: [step, ...history.future] };
}

export function afterRedo(history: EditHistory): EditHistory {
  const [step, ...future] = history.future;
  if (!step) return history;
  return { past: [...history.past, step], future };
}

/** Same annotation state, ignoring the write stamp (`updatedAt` differs on every write). */
export function sameState(a: Annotation, b: Annotation): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Annotation)[]);
  keys.delete('updatedAt');
  return [...keys].every((key) => a[key] === b[key]);
}

/** The states this tab's step left its records in: undoing it is safe only from these. */
export function undoExpects(step: HistoryStep): Annotation[] {
  return step.changes.map(({ after }) => after);
}

/** The states undoing the step left: redoing it is safe only from these. */
export function redoExpects(step: HistoryStep): Annotation[] {
  return undoWrites(step);
}

/**
 * Ids of the records whose stored state is not the expected one: another tab, an import or a
 * restore changed (or removed) them since this tab's step, so the step must not overwrite them.
 */
export function changedElsewhere(
  expected: readonly Annotation[],
  stored: ReadonlyMap<string, Annotation>,
): string[] {
  return expected
    .filter((state) => {
      const now = stored.get(state.id);
      return !now || !sameState(now, state);
    })
    .map((state) => state.id);
}

/** Drops every undo and redo step that touches one of these records. */
export function dropStepsTouching(history: EditHistory, ids: Iterable<string>): EditHistory {
  const gone = new Set(ids);
  const keep = (step: HistoryStep) => step.changes.every(({ after }) => !gone.has(after.id));
  return { past: history.past.filter(keep), future: history.future.filter(keep) };
}
