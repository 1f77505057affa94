import type { Annotator } from '../../domain/types';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/*
 * What the teacher's assignment view reads across tables: each student's work per article (the
 * roster) and who has annotations on the assignment's articles (the answer key's choices).
 */

export interface RosterWork {
  /** Accepted, live annotations. */
  annotations: number;
  /** The latest change: an annotation's or the progress mark's; null when there is none. */
  lastChange: string | null;
}

/** Work by `${annotatorId}/${articleId}` for every annotator on the given articles. */
export async function readRosterWork(
  articleIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<Map<string, RosterWork>> {
  const annotations = await database.annotations.where('articleId').anyOf(articleIds).toArray();
  const work = new Map<string, RosterWork>();
  for (const annotation of annotations) {
    if (annotation.deleted === 1 || annotation.status !== 'accepted') continue;
    const key = `${annotation.annotatorId}/${annotation.articleId}`;
    const entry = work.get(key) ?? { annotations: 0, lastChange: null };
    entry.annotations += 1;
    if (entry.lastChange === null || annotation.updatedAt > entry.lastChange) {
      entry.lastChange = annotation.updatedAt;
    }
    work.set(key, entry);
  }
  return work;
}

/** Annotators with at least one accepted, live annotation on the articles, by name. */
export async function listAnnotatorsOnArticles(
  articleIds: readonly string[],
  database: FrameLensDatabase = defaultDb,
): Promise<Annotator[]> {
  const work = await readRosterWork(articleIds, database);
  const ids = new Set([...work.keys()].map((key) => key.slice(0, key.indexOf('/'))));
  const annotators = await database.annotators.bulkGet([...ids]);
  return annotators
    .filter((annotator): annotator is Annotator => annotator !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface AssignmentTally {
  /** Teacher side: hand-ins opened. */
  handIns: number;
  /** Student side: articles this library's student marked done. */
  done: number;
}

/** For the assignments list: hand-ins per assignment and the student's done marks. */
export async function readAssignmentTallies(
  database: FrameLensDatabase = defaultDb,
): Promise<Map<string, AssignmentTally>> {
  const [assignments, submissions, progress] = await Promise.all([
    database.assignments.toArray(),
    database.submissions.toArray(),
    database.progress.toArray(),
  ]);
  const tallies = new Map<string, AssignmentTally>(
    assignments.map((assignment) => [assignment.id, { handIns: 0, done: 0 }]),
  );
  const studentOf = new Map(assignments.map((assignment) => [assignment.id, assignment.studentId]));
  for (const submission of submissions) {
    const tally = tallies.get(submission.assignmentId);
    if (tally) tally.handIns += 1;
  }
  for (const mark of progress) {
    const tally = tallies.get(mark.assignmentId);
    if (tally && mark.state === 'done' && mark.annotatorId === studentOf.get(mark.assignmentId)) {
      tally.done += 1;
    }
  }
  return tallies;
}
