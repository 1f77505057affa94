import type { ProgressState } from '../../../domain/classroom/classroom-types';

const PROGRESS_WORDS: Record<ProgressState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export function progressWord(state: ProgressState): string {
  return PROGRESS_WORDS[state];
}

/**
 * An article's progress for the student: "done" only when marked; otherwise annotations (or a
 * mark saying so) make it "in progress", and nothing at all is "not started".
 */
export function articleProgress(
  marked: ProgressState | undefined,
  annotationCount: number,
): ProgressState {
  if (marked === 'done') return 'done';
  if (marked === 'in-progress' || annotationCount > 0) return 'in-progress';
  return 'not-started';
}

/** "2 of 3 done". */
export function overallProgress(states: readonly ProgressState[]): string {
  const done = states.filter((state) => state === 'done').length;
  return `${done} of ${states.length} done`;
}

/** Whether a due date (YYYY-MM-DD) lies before today (also YYYY-MM-DD, local). */
export function isOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today;
}
