import { beforeEach, describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { CURRENT_ANNOTATOR_KEY } from '../../../src/db/meta-keys';
import { readFeedbackInput } from '../../../src/db/repositories/classroom-files-repository';
import { buildFeedbackFile } from '../../../src/domain/classroom/build-feedback-file';
import type { AssignmentFile } from '../../../src/domain/classroom/classroom-files';
import { createClassroomSession } from '../../../src/workers/classroom/classroom-session';
import { addSampleArticle, dumpDatabase, trackedDatabases } from '../db/exchange-test-helpers';
import {
  annotationOn,
  assignmentFileOf,
  fileInput,
  TEACHER,
  teacherAssignment,
  teacherLibrary,
  TEXT_ONE,
  TEXT_TWO,
} from './intake-helpers';

const fresh = trackedDatabases();
const STUDENT = { id: 'stu-lina', name: 'Lina', role: 'annotator' as const };
const noProgress = () => undefined;

let teacher: FrameLensDatabase;
let student: FrameLensDatabase;
let file: AssignmentFile;
let teacherArticles: { first: string; second: string };

beforeEach(async () => {
  teacher = fresh('intake-teacher');
  teacherArticles = await teacherLibrary(teacher);
  const assignment = teacherAssignment([teacherArticles.first, teacherArticles.second], {
    mode: { suggestions: false, outletBlind: true },
  });
  await teacher.assignments.add(assignment);
  file = await assignmentFileOf(teacher, assignment.id);
  student = fresh('intake-student');
  await student.annotators.add(STUDENT);
  await student.meta.put({ key: CURRENT_ANNOTATOR_KEY, value: STUDENT.id });
});

async function open(database: FrameLensDatabase, files: ReturnType<typeof fileInput>[]) {
  const session = createClassroomSession(database);
  const prepared = await session.prepareClassroomFiles(files, noProgress);
  if (!prepared.ok) throw new Error(prepared.error);
  const outcome = await session.commitClassroomFiles(prepared.id, { skipBroken: true }, noProgress);
  return { preview: prepared.preview, outcome };
}

describe('a student opens an assignment file', () => {
  test('new: the assignment as the student’s, its texts under outlet codes, no outlet name', async () => {
    const { preview, outcome } = await open(student, [fileInput('a.json', file)]);
    expect(preview.files[0]!.summary).toBe(
      'Assignment “Naming the fighters”, revision 1, 2 articles (new)',
    );
    expect(outcome.assignmentIds).toEqual([file.id]);
    const stored = await student.assignments.get(file.id);
    expect(stored?.role).toBe('student');
    expect(stored?.studentId).toBe(STUDENT.id);
    const outlets = await student.outlets.toArray();
    const names = outlets.map((outlet) => outlet.name).sort();
    // Two outlets, two codes; the real names ("Example Wire", "State Daily") never arrive.
    expect(names).toEqual(['Outlet A · Naming the fighters', 'Outlet B · Naming the fighters']);
    expect(Object.values(stored!.outletCodes).sort()).toEqual(['Outlet A', 'Outlet B']);
    for (const outlet of outlets) {
      expect(outlet.name.startsWith(stored!.outletCodes[outlet.id]!)).toBe(true);
    }
    const texts = (await student.articles.toArray()).map((article) => article.text).sort();
    expect(texts).toEqual([TEXT_ONE, TEXT_TWO].sort());
  });

  test('a text the student already has is reused, not duplicated', async () => {
    const own = await addSampleArticle(student, TEXT_ONE, 'Example Wire', 'My copy');
    await open(student, [fileInput('a.json', file)]);
    expect(await student.articles.count()).toBe(2);
    expect((await student.assignments.get(file.id))?.articleIds).toContain(own);
  });

  test('opened twice: unchanged, nothing written', async () => {
    await open(student, [fileInput('a.json', file)]);
    const before = await dumpDatabase(student);
    const { preview } = await open(student, [fileInput('a.json', file)]);
    expect(preview.files[0]!.summary).toContain('(already opened: unchanged)');
    expect(await dumpDatabase(student)).toEqual(before);
  });

  test('a newer revision replaces the older; the older one afterwards changes nothing', async () => {
    await open(student, [fileInput('r1.json', file)]);
    const revised = { ...file, revision: 2, title: 'Naming the fighters, take two' };
    const { preview } = await open(student, [fileInput('r2.json', revised)]);
    expect(preview.files[0]!.summary).toContain('(replaces revision 1)');
    expect((await student.assignments.get(file.id))?.title).toBe('Naming the fighters, take two');
    const before = await dumpDatabase(student);
    const older = await open(student, [fileInput('r1.json', file)]);
    expect(older.preview.files[0]!.summary).toContain('older than revision 2');
    expect(await dumpDatabase(student)).toEqual(before);
  });

  test('a file of a future version is refused and changes nothing', async () => {
    const before = await dumpDatabase(student);
    const { preview } = await open(student, [fileInput('future.json', { ...file, version: 2 })]);
    expect(preview.files[0]!.ok).toBe(false);
    expect(preview.files[0]!.error).toContain('newer FrameLens');
    expect(await dumpDatabase(student)).toEqual(before);
  });
});

describe('a student opens a feedback file', () => {
  async function feedbackFile() {
    const key = annotationOn(teacherArticles.first, TEXT_ONE, 'terrorists', TEACHER.id, {
      note: 'a label of one side',
    });
    await teacher.annotations.add(key);
    await teacher.assignments.update(file.id, { keyAnnotatorId: TEACHER.id });
    return { key, feedback: buildFeedbackFile(await readFeedbackInput(file.id, teacher)) };
  }

  test('the key lands on the student’s copies of the texts and becomes the assignment’s key', async () => {
    await open(student, [fileInput('a.json', file)]);
    const { key, feedback } = await feedbackFile();
    const { outcome } = await open(student, [fileInput('f.json', feedback)]);
    expect(outcome.feedback).toBe(1);
    const stored = await student.assignments.get(file.id);
    expect(stored?.keyAnnotatorId).toBe(TEACHER.id);
    const landed = await student.annotations.get(key.id);
    expect(landed?.note).toBe('a label of one side');
    expect(stored?.articleIds).toContain(landed?.articleId);
  });

  test('feedback for another assignment is refused and changes nothing', async () => {
    await open(student, [fileInput('a.json', file)]);
    const { feedback } = await feedbackFile();
    const before = await dumpDatabase(student);
    const other = { ...feedback, assignmentId: '0192f3a4-bbbb-7000-8000-000000000002' };
    const { preview } = await open(student, [fileInput('f.json', other)]);
    expect(preview.files[0]!.error).toContain('Feedback for another assignment');
    expect(await dumpDatabase(student)).toEqual(before);
  });

  test('feedback on the teacher’s own assignment is refused', async () => {
    const { feedback } = await feedbackFile();
    const before = await dumpDatabase(teacher);
    const { preview } = await open(teacher, [fileInput('f.json', feedback)]);
    expect(preview.files[0]!.error).toContain('your own assignment');
    expect(await dumpDatabase(teacher)).toEqual(before);
  });

  test('a reveal gives the coded outlets their real names, or moves their texts to a named one', async () => {
    await addSampleArticle(student, 'Another text of the same wire.', 'Example Wire', 'Other');
    await open(student, [fileInput('a.json', file)]);
    await teacher.assignments.update(file.id, { revealed: true });
    const { feedback } = await feedbackFile();
    expect(feedback.reveal).toHaveLength(2);
    await open(student, [fileInput('f.json', feedback)]);
    const stored = await student.assignments.get(file.id);
    expect(stored?.revealed).toBe(true);
    const names = (await student.outlets.toArray()).map((outlet) => outlet.name).sort();
    // "Example Wire" existed: its code's text moved there; "State Daily" was renamed.
    expect(names).toEqual(['Example Wire', 'State Daily']);
    for (const articleId of stored!.articleIds) {
      const article = await student.articles.get(articleId);
      expect(stored!.outletCodes[article!.outletId]).toMatch(/^Outlet [AB]$/);
    }
  });
});
