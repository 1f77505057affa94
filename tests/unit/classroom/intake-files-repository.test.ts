import { describe, expect, test } from 'vitest';
import {
  readAssignmentFileInput,
  readFeedbackInput,
  readSubmissionInput,
} from '../../../src/db/repositories/classroom-files-repository';
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

describe('the inputs of the classroom files', () => {
  test('an assignment file gets its articles in order, their outlets, the codebook and lexicon', async () => {
    const database = fresh('files-assignment');
    const { first, second } = await teacherLibrary(database);
    await database.assignments.add(teacherAssignment([second, first]));
    const input = await readAssignmentFileInput(teacherAssignment([]).id, database);
    expect(input.articles.map((article) => article.id)).toEqual([second, first]);
    expect(input.outlets.map((outlet) => outlet.name).sort()).toEqual([
      'Example Wire',
      'State Daily',
    ]);
    expect(input.codebook.labels.length).toBeGreaterThan(0);
  });

  test('a hand-in holds only the current annotator’s work on the assignment’s articles', async () => {
    const database = fresh('files-submission');
    const { first, second } = await teacherLibrary(database);
    const assignment = teacherAssignment([first], { role: 'student', studentId: 'stu-1' });
    await database.assignments.add(assignment);
    await database.annotators.add({ id: 'stu-1', name: 'Lina', role: 'student' });
    const mine = annotationOn(first, TEXT_ONE, 'terrorists', 'stu-1');
    const tombstone = annotationOn(first, TEXT_ONE, 'regime', 'stu-1', { deleted: 1 });
    const someoneElse = annotationOn(first, TEXT_ONE, 'liberation', TEACHER.id);
    const otherArticle = annotationOn(second, TEXT_TWO, 'foreign plot', 'stu-1');
    await database.annotations.bulkAdd([mine, tombstone, someoneElse, otherArticle]);
    await database.progress.add({
      assignmentId: assignment.id,
      annotatorId: 'stu-1',
      articleId: first,
      state: 'done',
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
    const input = await readSubmissionInput(assignment.id, database);
    expect(input.student.name).toBe('Lina');
    expect(input.annotations.map((a) => a.id).sort()).toEqual([mine.id, tombstone.id].sort());
    expect(input.progress.map((p) => p.state)).toEqual(['done']);
  });

  test('feedback needs a key; once revealed it carries each code’s outlet', async () => {
    const database = fresh('files-feedback');
    const { first } = await teacherLibrary(database);
    const article = await database.articles.get(first);
    const outletId = article!.outletId;
    const assignment = teacherAssignment([first], {
      mode: { suggestions: false, outletBlind: true },
      outletCodes: { [outletId]: 'Outlet A' },
    });
    await database.assignments.add(assignment);
    await expect(readFeedbackInput(assignment.id, database)).rejects.toThrow(
      'Choose the answer key first.',
    );
    const key = annotationOn(first, TEXT_ONE, 'terrorists', TEACHER.id);
    await database.annotations.add(key);
    await database.assignments.update(assignment.id, { keyAnnotatorId: TEACHER.id });
    const hidden = await readFeedbackInput(assignment.id, database);
    expect(hidden.annotations.map((a) => a.id)).toEqual([key.id]);
    expect(hidden.reveal).toBeUndefined();
    await database.assignments.update(assignment.id, { revealed: true });
    const revealed = await readFeedbackInput(assignment.id, database);
    expect(revealed.reveal).toEqual([{ code: 'Outlet A', outlet: 'Example Wire' }]);
  });

  test('a missing assignment is said plainly', async () => {
    const database = fresh('files-missing');
    await expect(readAssignmentFileInput('nope', database)).rejects.toThrow(
      'This assignment is no longer in the library.',
    );
  });
});
