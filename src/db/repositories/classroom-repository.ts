import type {
  Assignment,
  GuessRecord,
  OutletLean,
  ProgressRecord,
  ProgressState,
  SubmissionRecord,
} from '../../domain/classroom/classroom-types';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';

/*
 * The classroom's small reads and writes. Opening classroom files (assignments, hand-ins,
 * feedback) is planned in the import worker and written by classroom-intake (one transaction).
 */

export async function listAssignments(
  database: FrameLensDatabase = defaultDb,
): Promise<Assignment[]> {
  const all = await database.assignments.toArray();
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getAssignment(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<Assignment | null> {
  return (await database.assignments.get(id)) ?? null;
}

/**
 * Saves a teacher's assignment (new or edited). An edit of an assignment that was downloaded
 * gets the next revision, so students' copies are replaced by the newer file.
 */
export async function saveAssignment(
  assignment: Assignment,
  database: FrameLensDatabase = defaultDb,
): Promise<Assignment> {
  return database.transaction('rw', database.assignments, async () => {
    const stored = await database.assignments.get(assignment.id);
    if (stored && stored.role !== 'teacher') {
      throw new Error('This assignment was received from a teacher; only its teacher can edit it.');
    }
    const saved: Assignment = { ...assignment, role: 'teacher', updatedAt: nowIso() };
    await database.assignments.put(saved);
    return saved;
  });
}

/** Changes some fields of a stored assignment (answer key, reveal, codebook at download…). */
export async function patchAssignment(
  id: string,
  changes: Partial<Omit<Assignment, 'id' | 'role'>>,
  database: FrameLensDatabase = defaultDb,
): Promise<Assignment> {
  return database.transaction('rw', database.assignments, async () => {
    const stored = await database.assignments.get(id);
    if (!stored) throw new Error('This assignment is no longer in the library.');
    const saved: Assignment = { ...stored, ...changes };
    await database.assignments.put(saved);
    return saved;
  });
}

/** Deletes an assignment and its progress marks, hand-in records and guesses (not annotations). */
export async function deleteAssignment(
  id: string,
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  const tables = [
    database.assignments,
    database.progress,
    database.submissions,
    database.guesses,
  ] as const;
  await database.transaction('rw', tables, async () => {
    await database.assignments.delete(id);
    await database.progress.where('assignmentId').equals(id).delete();
    await database.submissions.where('assignmentId').equals(id).delete();
    await database.guesses.where('assignmentId').equals(id).delete();
  });
}

export async function listProgress(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<ProgressRecord[]> {
  return database.progress.where('assignmentId').equals(assignmentId).toArray();
}

export async function setProgress(
  record: { assignmentId: string; annotatorId: string; articleId: string; state: ProgressState },
  database: FrameLensDatabase = defaultDb,
): Promise<ProgressRecord> {
  const saved: ProgressRecord = { ...record, updatedAt: nowIso() };
  await database.progress.put(saved);
  return saved;
}

export async function listSubmissions(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<SubmissionRecord[]> {
  return database.submissions.where('assignmentId').equals(assignmentId).toArray();
}

export async function listGuesses(
  assignmentId: string,
  database: FrameLensDatabase = defaultDb,
): Promise<GuessRecord[]> {
  return database.guesses.where('assignmentId').equals(assignmentId).toArray();
}

/**
 * Changes one part of a guess (the outlet, or the lean) and keeps the other as stored: read and
 * written in one transaction, so two quick changes never undo each other.
 */
export async function setGuess(
  guess: {
    assignmentId: string;
    annotatorId: string;
    code: string;
    outletName?: string | null;
    lean?: OutletLean | null;
  },
  database: FrameLensDatabase = defaultDb,
): Promise<GuessRecord> {
  const { assignmentId, annotatorId, code } = guess;
  return database.transaction('rw', database.guesses, async () => {
    const stored = await database.guesses.get([assignmentId, annotatorId, code]);
    const saved: GuessRecord = {
      assignmentId,
      annotatorId,
      code,
      outletName: guess.outletName !== undefined ? guess.outletName : (stored?.outletName ?? null),
      lean: guess.lean !== undefined ? guess.lean : (stored?.lean ?? null),
      updatedAt: nowIso(),
    };
    await database.guesses.put(saved);
    return saved;
  });
}
