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
