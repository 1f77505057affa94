import type { Codebook, LexiconEntry } from '../types';

/** The classroom's stored records: assignments, progress marks, hand-ins received, guesses. */

export type ProgressState = 'not-started' | 'in-progress' | 'done';

export const PROGRESS_STATES: readonly ProgressState[] = ['not-started', 'in-progress', 'done'];

/** A guess of an outlet's lean, when a student does not name the outlet itself. */
export type OutletLean = 'left' | 'centre' | 'right' | 'state-media' | 'other';

export const OUTLET_LEANS: readonly OutletLean[] = [
  'left',
  'centre',
  'right',
  'state-media',
  'other',
];

export interface AssignmentMode {
  /** Lexicon suggestions (and every guessed attribute) shown while annotating. */
  suggestions: boolean;
  /** Outlet names, links and outlet names inside titles replaced by "Outlet A"… */
  outletBlind: boolean;
}

/** Whether this library made the assignment (teacher) or received it in a file (student). */
export type AssignmentRole = 'teacher' | 'student';

/** What an assignment is, the same in the stored record and in the assignment file. */
export interface AssignmentHeading {
  /** UUIDv7, the same in the teacher's and every student's library. */
  id: string;
  /** 1 for the first download; each edit of the same assignment increments it. */
  revision: number;
  title: string;
  /** Plain text, shown as text. */
  instructions: string;
  createdAt: string;
  updatedAt: string;
  /** ISO date ("2026-12-20") or null. */
  dueDate: string | null;
  teacher: { id: string; name: string };
  mode: AssignmentMode;
}

export interface Assignment extends AssignmentHeading {
  role: AssignmentRole;
  /** The articles, by their id in this library, in the order the teacher gave. */
  articleIds: string[];
  /** Outlet-blind codes by outlet id in this library ("Outlet A"…); empty when not outlet-blind. */
  outletCodes: Record<string, string>;
  /**
   * The codebook and lexicon the assignment was handed out with (student side: as received;
   * teacher side: as last downloaded, null before the first download).
   */
  codebook: Codebook | null;
  lexicon: LexiconEntry[];
  /**
   * Teacher: the annotator whose annotations are the answer key (null until chosen).
   * Student: the key's annotator from the feedback file received (null before feedback).
   */
  keyAnnotatorId: string | null;
  /** Outlet names shown again (teacher: the reveal; student: a feedback file carried it). */
  revealed: boolean;
  /** Student side: the annotator (this person) who works on it; teacher side: null. */
  studentId: string | null;
}

/** One person's progress mark on one article of one assignment. */
export interface ProgressRecord {
  assignmentId: string;
  annotatorId: string;
  articleId: string;
  state: ProgressState;
  updatedAt: string;
}

/** A hand-in the teacher has opened (the latest per student and assignment is kept). */
export interface SubmissionRecord {
  assignmentId: string;
  studentId: string;
  studentName: string;
  submittedAt: string;
  importedAt: string;
  fileName: string;
}

/** A student's guess for one outlet code. */
export interface GuessRecord {
  assignmentId: string;
  annotatorId: string;
  /** "Outlet A"… */
  code: string;
  /** The outlet the student thinks it is (free text or a known outlet's name), or null. */
  outletName: string | null;
  lean: OutletLean | null;
  updatedAt: string;
}
