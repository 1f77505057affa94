import type { Annotation, Annotator, Article } from '../types';
import {
  CLASSROOM_FILE_VERSION,
  SUBMISSION_FORMAT,
  type SubmissionFile,
  type SubmissionGuess,
} from './classroom-files';
import type { Assignment, GuessRecord, ProgressRecord, ProgressState } from './classroom-types';

export interface SubmissionFileInput {
  /** The assignment as this student's library holds it. */
  assignment: Assignment;
  student: Annotator;
  /** The assignment's articles in this library. */
  articles: readonly Article[];
  /** May hold more than the student's work on the assignment: only that is kept. */
  annotations: readonly Annotation[];
  progress: readonly ProgressRecord[];
  guesses: readonly GuessRecord[];
  submittedAt: string;
}

/** The mark the student set, else "in progress" once there is a live annotation on it. */
function progressOf(
  articleId: string,
  marks: ReadonlyMap<string, ProgressState>,
  annotations: readonly Annotation[],
): ProgressState {
  const mark = marks.get(articleId);
  if (mark !== undefined) return mark;
  const started = annotations.some(
    (annotation) => annotation.articleId === articleId && annotation.deleted === 0,
  );
  return started ? 'in-progress' : 'not-started';
}

function guessesOf(input: SubmissionFileInput): SubmissionGuess[] {
  return input.guesses
    .filter(
      (guess) =>
        guess.assignmentId === input.assignment.id && guess.annotatorId === input.student.id,
    )
    .map((guess) => ({ code: guess.code, outletName: guess.outletName, lean: guess.lean }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * A student's hand-in: that student's annotations (deletions too, so a later hand-in can undo
 * an earlier one) on the assignment's articles, the progress of each article and, when
 * outlet-blind, the guesses. Articles travel with their textHash: the teacher's FrameLens
 * matches them by it, whatever id this library gave the text.
 */
export function buildSubmissionFile(input: SubmissionFileInput): SubmissionFile {
  const { assignment, student } = input;
  const wanted = new Set(assignment.articleIds);
  const articles = input.articles.filter((article) => wanted.has(article.id));
  const articleIds = new Set(articles.map((article) => article.id));
  const annotations = input.annotations.filter(
    (annotation) => annotation.annotatorId === student.id && articleIds.has(annotation.articleId),
  );
  const marks = new Map(
    input.progress
      .filter(
        (record) => record.assignmentId === assignment.id && record.annotatorId === student.id,
      )
      .map((record) => [record.articleId, record.state]),
  );
  const file: SubmissionFile = {
    format: SUBMISSION_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    assignmentId: assignment.id,
    assignmentRevision: assignment.revision,
    assignmentTitle: assignment.title,
    student: { id: student.id, name: student.name },
    submittedAt: input.submittedAt,
    articles: articles.map((article) => ({ id: article.id, textHash: article.textHash })),
    progress: Object.fromEntries(
      articles.map((article) => [article.id, progressOf(article.id, marks, annotations)]),
    ),
    annotations,
  };
  if (assignment.mode.outletBlind) file.guesses = guessesOf(input);
  return file;
}
