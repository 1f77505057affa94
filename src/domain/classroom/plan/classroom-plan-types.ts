import type { MergeCounts } from '../../exchange/merge';
import type {
  Actor,
  Annotation,
  Annotator,
  Article,
  Codebook,
  Label,
  LexiconEntry,
  Outlet,
} from '../../types';
import type { ClassroomFile, ClassroomFileKind } from '../classroom-files';
import type { Assignment, GuessRecord, ProgressRecord, SubmissionRecord } from '../classroom-types';

/** An article as the planner needs it: matched by textHash, placed under its outlet. */
export type SnapshotArticle = Pick<Article, 'id' | 'textHash' | 'outletId'>;

/** What a batch of classroom files is planned against, read in one transaction. */
export interface ClassroomSnapshot {
  assignments: Assignment[];
  articles: SnapshotArticle[];
  /** The texts of the stored assignments' articles: spans in hand-ins are checked against them. */
  texts: Map<string, string>;
  outlets: Outlet[];
  annotators: Annotator[];
  currentAnnotatorId: string | null;
  codebook: Codebook;
  lexiconIds: Set<string>;
  submissions: SubmissionRecord[];
  /** Stored annotations with the ids the files bring. */
  annotations: Annotation[];
  /** The time the records written are stamped with. */
  now: string;
}

/** One file as read and parsed (or not) in the worker. */
export interface ParsedClassroomFile {
  fileName: string;
  parsed:
    | { ok: true; value: ClassroomFile }
    | { ok: false; kind: ClassroomFileKind | null; error: string };
}

/** Everything one file would write; the commit re-checks each against the library of that moment. */
export interface ClassroomWrites {
  outlets: Outlet[];
  articles: Article[];
  annotators: Annotator[];
  labels: Label[];
  actors: Actor[];
  lexicon: LexiconEntry[];
  /** The teacher's own terms, for the student's personal layer (merged, never replacing). */
  personalLexicon: LexiconEntry[];
  assignment: Assignment | null;
  /** Feedback: the key's annotator (and the reveal) set on a received assignment. */
  keyPatch: {
    assignmentId: string;
    keyAnnotatorId: string;
    revealed: boolean;
    /** Each code's real outlet name, when the teacher has revealed them. */
    reveal: { code: string; outlet: string }[];
  } | null;
  annotations: Annotation[];
  progress: ProgressRecord[];
  submission: SubmissionRecord | null;
  guesses: GuessRecord[];
}

/** One file of a batch as planned: what the preview lists, and what it would write. */
export interface PlannedClassroomFile {
  fileName: string;
  /** Null when the file is not a classroom file or could not be read. */
  kind: ClassroomFileKind | null;
  /** Why the file is refused whole (what is wrong and where), or null. */
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
  /** Null when the file is refused or superseded. */
  writes: ClassroomWrites | null;
  /** Hand-ins: who and when, to decide which of one student's files wins. */
  handIn: { assignmentId: string; studentId: string; submittedAt: string } | null;
}

export interface ClassroomPlan {
  files: PlannedClassroomFile[];
}

export function emptyWrites(): ClassroomWrites {
  return {
    outlets: [],
    articles: [],
    annotators: [],
    labels: [],
    actors: [],
    lexicon: [],
    personalLexicon: [],
    assignment: null,
    keyPatch: null,
    annotations: [],
    progress: [],
    submission: null,
    guesses: [],
  };
}
