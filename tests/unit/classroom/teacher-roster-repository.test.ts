import { describe, expect, test } from 'vitest';
import {
  listAnnotatorsOnArticles,
  readAssignmentTallies,
  readRosterWork,
} from '../../../src/db/repositories/classroom-roster-repository';
import { trackedDatabases } from '../db/exchange-test-helpers';
import {
  annotationOn,
  TEACHER,
  teacherAssignment,
  teacherLibrary,
  TEXT_ONE,
  TEXT_TWO,
} from './intake-helpers';

const fresh = trackedDatabases();

describe('the roster reads', () => {
  test('counts accepted, live annotations per student and article, with the latest change', async () => {
    const database = fresh('roster-work');
    const { first, second } = await teacherLibrary(database);
    await database.annotations.bulkAdd([
      annotationOn(first, TEXT_ONE, 'terrorists', 'stu-1', {
        updatedAt: '2026-12-02T10:00:00.000Z',
      }),
      annotationOn(first, TEXT_ONE, 'regime', 'stu-1', { updatedAt: '2026-12-03T10:00:00.000Z' }),
      annotationOn(first, TEXT_ONE, 'liberation', 'stu-1', { deleted: 1 }),
      annotationOn(first, TEXT_ONE, 'army', 'stu-1', { status: 'rejected-suggestion' }),
      annotationOn(second, TEXT_TWO, 'Rebels', 'stu-2', { updatedAt: '2026-12-04T10:00:00.000Z' }),
    ]);
    const work = await readRosterWork([first, second], database);
    // stu-1 on the first: 4 annotations, one deleted and one a rejected suggestion → 2.
    expect(work.get(`stu-1/${first}`)).toEqual({
      annotations: 2,
      lastChange: '2026-12-03T10:00:00.000Z',
    });
    expect(work.get(`stu-2/${second}`)).toEqual({
      annotations: 1,
      lastChange: '2026-12-04T10:00:00.000Z',
    });
    expect(work.get(`stu-2/${first}`)).toBeUndefined();
    // Only the second article asked for: stu-1's work is not read.
    expect([...(await readRosterWork([second], database)).keys()]).toEqual([`stu-2/${second}`]);
  });

  test('the answer key’s choices: annotators with live work on the articles, by name', async () => {
    const database = fresh('roster-key');
    const { first, second } = await teacherLibrary(database);
    await database.annotators.bulkAdd([
      { id: 'stu-1', name: 'Zoe', role: 'annotator' },
      { id: 'stu-2', name: 'Lina', role: 'annotator' },
      { id: 'stu-3', name: 'Omar', role: 'annotator' },
    ]);
    await database.annotations.bulkAdd([
      annotationOn(first, TEXT_ONE, 'terrorists', 'stu-1'),
      annotationOn(first, TEXT_ONE, 'regime', TEACHER.id),
      annotationOn(second, TEXT_TWO, 'Rebels', 'stu-2'),
      annotationOn(first, TEXT_ONE, 'army', 'stu-3', { deleted: 1 }),
    ]);
    const names = (await listAnnotatorsOnArticles([first], database)).map((a) => a.name);
    expect(names).toEqual(['Ms Rahman', 'Zoe']);
  });

  test('tallies: hand-ins per assignment and the student’s own done marks', async () => {
    const database = fresh('roster-tallies');
    const { first, second } = await teacherLibrary(database);
    const taught = teacherAssignment([first, second]);
    const received = teacherAssignment([first, second], {
      id: '0192f3a4-aaaa-7000-8000-000000000002',
      role: 'student',
      studentId: 'me',
    });
    await database.assignments.bulkAdd([taught, received]);
    const handIn = (studentId: string) => ({
      assignmentId: taught.id,
      studentId,
      studentName: studentId,
      submittedAt: '2026-12-05T10:00:00.000Z',
      importedAt: '2026-12-05T11:00:00.000Z',
      fileName: `${studentId}.json`,
    });
    await database.submissions.bulkAdd([handIn('stu-1'), handIn('stu-2')]);
    const mark = (annotatorId: string, articleId: string, state: 'done' | 'in-progress') => ({
      assignmentId: received.id,
      annotatorId,
      articleId,
      state,
      updatedAt: '2026-12-05T10:00:00.000Z',
    });
    await database.progress.bulkAdd([
      mark('me', first, 'done'),
      mark('me', second, 'in-progress'),
      mark('someone-else', second, 'done'),
    ]);
    const tallies = await readAssignmentTallies(database);
    expect(tallies.get(taught.id)).toEqual({ handIns: 2, done: 0 });
    // Only "me" counts on the received one, and only the done mark: 1.
    expect(tallies.get(received.id)).toEqual({ handIns: 0, done: 1 });
  });
});
