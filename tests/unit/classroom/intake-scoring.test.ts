import { expect, test } from 'vitest';
import { createClassroomSession } from '../../../src/workers/classroom/classroom-session';
import { trackedDatabases } from '../db/exchange-test-helpers';
import {
  annotationOn,
  fileInput,
  submissionOf,
  TEACHER,
  teacherAssignment,
  teacherLibrary,
  TEXT_ONE,
} from './intake-helpers';

const fresh = trackedDatabases();
const noProgress = () => undefined;

test('a class opened from its hand-ins is scored against the key in the worker session', async () => {
  const teacher = fresh('intake-scoring');
  const { first, second } = await teacherLibrary(teacher);
  const assignment = teacherAssignment([first, second]);
  await teacher.assignments.add(assignment);
  // The key marks "terrorists" (10 characters).
  await teacher.annotations.add(annotationOn(first, TEXT_ONE, 'terrorists', TEACHER.id));
  const lina = { id: 'stu-lina', name: 'Lina' };
  const omar = { id: 'stu-omar', name: 'Omar' };
  const linaFile = await submissionOf(teacher, assignment, lina, [
    annotationOn(first, TEXT_ONE, 'terrorists', lina.id),
  ]);
  const omarFile = await submissionOf(teacher, assignment, omar, [
    annotationOn(first, TEXT_ONE, 'terrorists attacked', omar.id),
  ]);
  const session = createClassroomSession(teacher);
  const prepared = await session.prepareClassroomFiles(
    [fileInput('omar.json', omarFile), fileInput('lina.json', linaFile)],
    noProgress,
  );
  if (!prepared.ok) throw new Error(prepared.error);
  await session.commitClassroomFiles(prepared.id, { skipBroken: false }, noProgress);

  const scores = await session.scoreAssignment(assignment.id, TEACHER.id);
  expect(scores.articleIds).toEqual([first, second]);
  const [linaScore, omarScore] = scores.students;
  // Lina: the same span, same label: P = 10/10, R = 10/10.
  expect(linaScore!.studentName).toBe('Lina');
  expect(linaScore!.overall.precision).toBe(1);
  expect(linaScore!.overall.recall).toBe(1);
  // Omar: "terrorists attacked" (19 characters) over the key's 10: P = 10/19, R = 10/10,
  // F1 = 2 · (10/19) · 1 / (10/19 + 1) = 20/29.
  expect(omarScore!.studentName).toBe('Omar');
  expect(omarScore!.overall.precision).toBeCloseTo(10 / 19, 10);
  expect(omarScore!.overall.recall).toBe(1);
  expect(omarScore!.overall.f1).toBeCloseTo(20 / 29, 10);
});
