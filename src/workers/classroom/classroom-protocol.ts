import type { ClassroomFileKind } from '../../domain/classroom/classroom-files';
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
export interface ClassroomFilePreview {
  fileName: string;
  /** Null when the file is not a classroom file or could not be read. */
  kind: ClassroomFileKind | null;
  /** False: the file is refused whole; `error` says why and where. */
  ok: boolean;
  error: string | null;
  /** One line: "Assignment “Naming the fighters”, revision 2, 3 articles (new)". */
  summary: string;
  /** Submissions: the student; assignments and feedback: null. */
  studentName: string | null;
  assignmentTitle: string | null;
  /** The assignment the file is (or is for); null when the file could not be read. */
  assignmentId: string | null;
  /** Annotation merge counts of this file (submissions and feedback), else null. */
  annotations: MergeCounts | null;
  /** Set when a later file of the same student in this batch replaces this one. */
  supersededBy: string | null;
  /** Anything worth a line that does not refuse the file. */
  notes: string[];
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
