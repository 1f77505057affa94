import type { PlannedClassroomFile } from '../../domain/classroom/plan/classroom-plan-types';
import type { MergeCounts } from '../../domain/exchange/merge';
import type { ClassScores } from '../../domain/scoring/score-types';

/*
 * Opening classroom files in the import worker: one file or thirty at once, read and checked
 * there, previewed together, written in one transaction (all of what the teacher chose, or
 * nothing). Scoring a class also runs there.
 */

export interface ClassroomProgress {
  /** "Reading 12 of 30 files…", "Writing…" */
  message: string;
  done: number;
  total: number;
}

/** One file of a batch, as the preview lists it. */
export interface ClassroomFilePreview extends Omit<PlannedClassroomFile, 'writes' | 'handIn'> {
  /** False: the file is refused whole; `error` says why and where. */
  ok: boolean;
}

export interface ClassroomPreview {
  files: ClassroomFilePreview[];
  /** Files that would be written (ok and not superseded). */
  usable: number;
  broken: number;
  /** Totals over the usable files. */
  annotations: MergeCounts;
}

export type PrepareClassroomResult =
  { ok: true; id: string; preview: ClassroomPreview } | { ok: false; error: string };

export interface ClassroomDecision {
  /** True: write the usable files and leave the broken ones out; false with broken files: nothing. */
  skipBroken: boolean;
}

export interface ClassroomOutcome {
  /** Assignments added or replaced (student side), by id. */
  assignmentIds: string[];
  submissions: number;
  feedback: number;
  annotations: MergeCounts;
}

export interface ClassroomWorkerApi {
  prepareClassroomFiles(
    files: File[],
    onProgress: (progress: ClassroomProgress) => void,
  ): Promise<PrepareClassroomResult>;
  commitClassroomFiles(
    id: string,
    decision: ClassroomDecision,
    onProgress: (progress: ClassroomProgress) => void,
  ): Promise<ClassroomOutcome>;
  discardClassroomFiles(id: string): void;
  /** Every student who handed in, scored against the key annotator's annotations. */
  scoreAssignment(assignmentId: string, keyAnnotatorId: string): Promise<ClassScores>;
}
