import type { AssignmentFileInput } from '../../domain/classroom/build-assignment-file';
import type { FeedbackFileInput } from '../../domain/classroom/build-feedback-file';
import type { SubmissionFileInput } from '../../domain/classroom/build-submission-file';
import type { Assignment } from '../../domain/classroom/classroom-types';
import { assignOutletCodes } from '../../domain/classroom/outlet-codes';
import type { ClassScoringInput } from '../../domain/scoring/score-class';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import type { Annotation, Article, Codebook, Outlet } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';
import { CURRENT_ANNOTATOR_KEY } from '../meta-keys';

/*
 * What the classroom files are built from (the builders are pure, in domain/classroom): each
 * read is one read transaction, so a file never mixes two states of the library.
 */

const MISSING_ASSIGNMENT = 'This assignment is no longer in the library.';

async function requireAssignment(database: FrameLensDatabase, id: string): Promise<Assignment> {
  const assignment = await database.assignments.get(id);
  if (!assignment) throw new Error(MISSING_ASSIGNMENT);
  return assignment;
}

async function assignmentArticles(
  database: FrameLensDatabase,
  assignment: Assignment,
): Promise<Article[]> {
  const rows = await database.articles.bulkGet(assignment.articleIds);
  const missing = assignment.articleIds.filter((_, index) => rows[index] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of the assignment’s articles are no longer in the library (${missing.join(', ')}).`,
    );
  }
  return rows as Article[];
}

async function annotationsOf(
  database: FrameLensDatabase,
  articleIds: readonly string[],
  annotatorId: string,
): Promise<Annotation[]> {
  const keys = articleIds.map((articleId) => [articleId, annotatorId]);
  return database.annotations.where('[articleId+annotatorId]').anyOf(keys).toArray();
}

async function activeCodebook(database: FrameLensDatabase): Promise<Codebook> {
  return (await database.codebooks.get(DEFAULT_CODEBOOK_ID)) ?? structuredClone(defaultCodebook);
}

export async function readAssignmentFileInput(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<AssignmentFileInput> {
  const tables = [
    database.assignments,
    database.articles,
    database.outlets,
    database.codebooks,
    database.lexicon,
    database.personalLexicon,
  ];
  return database.transaction('r', tables, async () => {
    const assignment = await requireAssignment(database, assignmentId);
    const articles = await assignmentArticles(database, assignment);
    const outletIds = [...new Set(articles.map((article) => article.outletId))];
    const outlets = (await database.outlets.bulkGet(outletIds)).filter(
      (outlet): outlet is Outlet => outlet !== undefined,
    );
    const codebook = await activeCodebook(database);
    const lexicon = await database.lexicon.toArray();
    const personalLexicon = await database.personalLexicon.toArray();
    return { assignment, articles, outlets, codebook, lexicon, personalLexicon };
  });
}

/** The current annotator's work on an assignment, to hand in. */
export async function readSubmissionInput(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<SubmissionFileInput> {
  const tables = [
    database.assignments,
    database.articles,
    database.annotations,
    database.annotators,
    database.meta,
    database.progress,
    database.guesses,
  ];
  return database.transaction('r', tables, async () => {
    const assignment = await requireAssignment(database, assignmentId);
    const current = await database.meta.get(CURRENT_ANNOTATOR_KEY);
    const studentId = assignment.studentId ?? (current?.value as string | undefined);
    const student = studentId ? await database.annotators.get(studentId) : undefined;
    if (!student) throw new Error('Type your name first: a hand-in carries it.');
    const articles = await assignmentArticles(database, assignment);
    const annotations = await annotationsOf(database, assignment.articleIds, student.id);
    const progress = (
      await database.progress.where('assignmentId').equals(assignmentId).toArray()
    ).filter((record) => record.annotatorId === student.id);
    const guesses = (
      await database.guesses.where('assignmentId').equals(assignmentId).toArray()
    ).filter((guess) => guess.annotatorId === student.id);
    return { assignment, student, articles, annotations, progress, guesses, submittedAt: nowIso() };
  });
}

/** The stored codes when they cover every outlet, else the seeded shuffle the file used. */
function codesOf(assignment: Assignment, articles: readonly Article[]): Record<string, string> {
  const outletIds = articles.map((article) => article.outletId);
  const covered = outletIds.every((id) => assignment.outletCodes[id] !== undefined);
  return covered ? assignment.outletCodes : assignOutletCodes(assignment.id, outletIds);
}

async function revealOf(
  database: FrameLensDatabase,
  assignment: Assignment,
  articles: readonly Article[],
): Promise<FeedbackFileInput['reveal']> {
  if (!assignment.revealed || !assignment.mode.outletBlind) return undefined;
  const codes = Object.entries(codesOf(assignment, articles));
  const outlets = await database.outlets.bulkGet(codes.map(([outletId]) => outletId));
  return codes
    .map(([, code], index) => ({ code, outlet: outlets[index]?.name ?? '' }))
    .filter((entry) => entry.outlet !== '')
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The answer key of an assignment (its chosen key annotator's work), to send back. */
export async function readFeedbackInput(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<FeedbackFileInput> {
  const tables = [
    database.assignments,
    database.articles,
    database.annotations,
    database.annotators,
    database.outlets,
    database.codebooks,
  ];
  return database.transaction('r', tables, async () => {
    const assignment = await requireAssignment(database, assignmentId);
    const keyId = assignment.keyAnnotatorId;
    const keyAnnotator = keyId ? await database.annotators.get(keyId) : undefined;
    if (!keyAnnotator) throw new Error('Choose the answer key first.');
    const articles = await assignmentArticles(database, assignment);
    const annotations = await annotationsOf(database, assignment.articleIds, keyAnnotator.id);
    const codebook = assignment.codebook ?? (await activeCodebook(database));
    const reveal = await revealOf(database, assignment, articles);
    return {
      assignment,
      articles,
      keyAnnotator,
      annotations,
      codebook,
      reveal,
      createdAt: nowIso(),
    };
  });
}

/** Every student who handed in and the key's annotator, with their work on the articles. */
export async function readScoringInput(
  assignmentId: string,
  keyAnnotatorId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<ClassScoringInput> {
  const tables = [database.assignments, database.submissions, database.annotations];
  return database.transaction('r', tables, async () => {
    const assignment = await requireAssignment(database, assignmentId);
    const handIns = await database.submissions.where('assignmentId').equals(assignmentId).toArray();
    handIns.sort((a, b) => a.studentName.localeCompare(b.studentName));
    // One read per article (IndexedDB getAll) and grouping here: a cursor per student and
    // article (anyOf on the compound index) took seconds for a class of thirty.
    const byAnnotator = new Map<string, Annotation[]>();
    const perArticle = await Promise.all(
      assignment.articleIds.map((articleId) =>
        database.annotations.where('articleId').equals(articleId).toArray(),
      ),
    );
    for (const annotations of perArticle) {
      for (const annotation of annotations) {
        const list = byAnnotator.get(annotation.annotatorId);
        if (list) list.push(annotation);
        else byAnnotator.set(annotation.annotatorId, [annotation]);
      }
    }
    const students = handIns.map((handIn) => ({
      id: handIn.studentId,
      name: handIn.studentName,
      annotations: byAnnotator.get(handIn.studentId) ?? [],
    }));
    const key = byAnnotator.get(keyAnnotatorId) ?? [];
    return { keyAnnotatorId, articleIds: assignment.articleIds, students, key };
  });
}
