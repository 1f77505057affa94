import type { Annotation, Annotator, Codebook, LexiconEntry } from '../types';
import type { AssignmentHeading, OutletLean, ProgressState } from './classroom-types';

/*
 * The three classroom files (documented in docs/formats.md). Files are the transport between a
 * teacher's and the students' libraries; articles are matched by textHash.
 */

export const ASSIGNMENT_FORMAT = 'framelens-assignment';
export const SUBMISSION_FORMAT = 'framelens-submission';
export const FEEDBACK_FORMAT = 'framelens-feedback';
/** The version of all three envelopes this FrameLens writes and reads. */
export const CLASSROOM_FILE_VERSION = 1;

export type ClassroomFileKind = 'assignment' | 'submission' | 'feedback';

export interface AssignmentFileArticle {
  /** The article's id in the teacher's library: submissions and feedback refer to it. */
  id: string;
  textHash: string;
  /** With any outlet name inside it replaced by the outlet's code when outlet-blind. */
  title: string;
  text: string;
  published: string;
  language: string;
  /** The outlet's name; null when outlet-blind (the code is in `outletCodes`). */
  outlet: string | null;
  /** Null when outlet-blind or when the article has none. */
  url: string | null;
}

export interface AssignmentFile extends AssignmentHeading {
  format: typeof ASSIGNMENT_FORMAT;
  version: typeof CLASSROOM_FILE_VERSION;
  codebook: Codebook;
  lexicon: LexiconEntry[];
  /**
   * The teacher's own terms (their personal lexicon layer) when the file was written; a student
   * opening the assignment gets them in their own layer. Absent in older files and when the
   * teacher has none.
   */
  personalLexicon?: LexiconEntry[];
  articles: AssignmentFileArticle[];
  /** Present when outlet-blind: the code of each article's outlet, by article id. */
  outletCodes?: Record<string, string>;
}

export interface SubmissionGuess {
  code: string;
  outletName: string | null;
  lean: OutletLean | null;
}

export interface SubmissionFile {
  format: typeof SUBMISSION_FORMAT;
  version: typeof CLASSROOM_FILE_VERSION;
  assignmentId: string;
  assignmentRevision: number;
  assignmentTitle: string;
  student: { id: string; name: string };
  submittedAt: string;
  /** The assignment's articles (teacher's ids) with the textHash of the text annotated. */
  articles: { id: string; textHash: string }[];
  /** By assignment article id. */
  progress: Record<string, ProgressState>;
  /** That student's annotations on the assignment's articles only (articleId = teacher's id). */
  annotations: Annotation[];
  guesses?: SubmissionGuess[];
}

export interface FeedbackFile {
  format: typeof FEEDBACK_FORMAT;
  version: typeof CLASSROOM_FILE_VERSION;
  assignmentId: string;
  assignmentTitle: string;
  createdAt: string;
  articles: { id: string; textHash: string }[];
  /** The answer key: its annotator and annotations (articleId = the assignment's ids). */
  key: { annotator: Annotator; annotations: Annotation[] };
  codebook: Codebook;
  /** Present once the teacher has revealed: each code's real outlet name. */
  reveal?: { code: string; outlet: string }[];
}

export type ClassroomFile =
  | { kind: 'assignment'; file: AssignmentFile }
  | { kind: 'submission'; file: SubmissionFile }
  | { kind: 'feedback'; file: FeedbackFile };

const FORMAT_PATTERN = /"format"\s*:\s*"framelens-(assignment|submission|feedback)"/;

/**
 * Which classroom file a file is, from its first few kilobytes (the envelope writes "format"
 * first), so that the page can route a dropped file before reading it whole. Null: not one.
 */
export function classroomKindOf(head: string): ClassroomFileKind | null {
  const match = FORMAT_PATTERN.exec(head.slice(0, 4096));
  return match ? (match[1] as ClassroomFileKind) : null;
}
