import { beforeEach, describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import type { SubmissionFile } from '../../../src/domain/classroom/classroom-files';
import { createClassroomSession } from '../../../src/workers/classroom/classroom-session';
import { dumpDatabase, trackedDatabases } from '../db/exchange-test-helpers';
import {
  annotationOn,
  fileInput,
  submissionOf,
  teacherAssignment,
  teacherLibrary,
  TEXT_ONE,
  TEXT_TWO,
} from './intake-helpers';

const fresh = trackedDatabases();
const LINA = { id: 'stu-lina', name: 'Lina' };
const OMAR = { id: 'stu-omar', name: 'Omar' };
const noProgress = () => undefined;

let teacher: FrameLensDatabase;
let assignment: Assignment;
let articles: { first: string; second: string };

beforeEach(async () => {
  teacher = fresh('intake-teacher');
  articles = await teacherLibrary(teacher);
  assignment = teacherAssignment([articles.first, articles.second]);
  await teacher.assignments.add(assignment);
});

function linaWork() {
  return [
    annotationOn(articles.first, TEXT_ONE, 'terrorists', LINA.id),
    annotationOn(articles.second, TEXT_TWO, 'foreign plot', LINA.id),
  ];
}

/** Prepares the files, then commits them; returns the preview and the outcome. */
async function open(files: ReturnType<typeof fileInput>[], skipBroken: boolean) {
  const session = createClassroomSession(teacher);
  const prepared = await session.prepareClassroomFiles(files, noProgress);
  if (!prepared.ok) throw new Error(prepared.error);
  const outcome = await session.commitClassroomFiles(prepared.id, { skipBroken }, noProgress);
  return { preview: prepared.preview, outcome };
}

/** A bad file: refused with a message containing `message`, and no table changes at all. */
async function expectRefused(file: SubmissionFile | string, message: string) {
  const before = await dumpDatabase(teacher);
  for (const skipBroken of [false, true]) {
    const { preview } = await open([fileInput('bad.json', file)], skipBroken);
    expect(preview.files[0]!.ok).toBe(false);
    expect(preview.files[0]!.error).toContain(message);
    expect(preview.usable).toBe(0);
  }
  expect(await dumpDatabase(teacher)).toEqual(before);
}

describe('bad hand-ins are refused whole, with a message, and change nothing', () => {
  test('a submission for an assignment this library does not have', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    await expectRefused(
      { ...file, assignmentId: '0192f3a4-ffff-7000-8000-000000000009' },
      'A submission for an assignment you do not have',
    );
  });

  test('annotations on a text the assignment does not hold', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    const stranger = 'f'.repeat(64);
    const tampered: SubmissionFile = {
      ...file,
      articles: [...file.articles, { id: 'other-article', textHash: stranger }],
      progress: { ...file.progress, 'other-article': 'done' },
      annotations: [{ ...file.annotations[0]!, articleId: 'other-article' }],
    };
    await expectRefused(tampered, 'articles[2] (other-article) is not one of the articles');
  });

  test('a textHash that does not match the assignment’s text', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    const tampered = structuredClone(file);
    tampered.articles[1]!.textHash = 'a'.repeat(64);
    await expectRefused(tampered, 'Tampered: articles[1]');
  });

  test('offsets out of range', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    const tampered = structuredClone(file);
    // TEXT_ONE is 114 characters long (48 + 2 line feeds + 64): 200 is past its end.
    tampered.annotations[0]!.end = 200;
    await expectRefused(
      tampered,
      `annotations[0].end (200) is past the end of the article (its text is ${TEXT_ONE.length} UTF-16 code units long)`,
    );
  });

  test('a quote that is not the text at its offsets', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    const tampered = structuredClone(file);
    tampered.annotations[0]!.exact = 'freedom-fig';
    await expectRefused(tampered, 'quotes “freedom-fig” but the text');
  });

  test('another name under an annotator id this library knows', async () => {
    await teacher.annotators.add({ id: OMAR.id, name: OMAR.name, role: 'student' });
    const work = linaWork().map((a) => ({ ...a, annotatorId: OMAR.id }));
    const file = await submissionOf(teacher, assignment, { id: OMAR.id, name: 'Lina' }, work);
    await expectRefused(file, 'the same annotator id as Omar');
  });

  test('a file that is not JSON', async () => {
    await expectRefused('{"format": "framelens-submission", oops', 'This file is not JSON');
  });
});

describe('hand-ins that land', () => {
  test('one hand-in: the student, the annotations, progress and the record', async () => {
    const file = await submissionOf(teacher, assignment, LINA, linaWork());
    const { preview, outcome } = await open([fileInput('lina.json', file)], false);
    expect(preview.files[0]!.summary).toBe(
      'Hand-in of Lina for “Naming the fighters”: 2 articles (0 done), 2 annotations',
    );
    expect(outcome.annotations.new).toBe(2);
    expect(outcome.submissions).toBe(1);
    expect(await teacher.annotators.get(LINA.id)).toEqual({ ...LINA, role: 'student' });
    const record = await teacher.submissions.get([assignment.id, LINA.id]);
    expect(record?.fileName).toBe('lina.json');
    // Both articles have a live annotation and no mark: "in-progress" each.
    const progress = await teacher.progress.where('annotatorId').equals(LINA.id).toArray();
    expect(progress.map((p) => p.state)).toEqual(['in-progress', 'in-progress']);
  });

  test('a student whose library held the texts under other ids: matched by text', async () => {
    // Omar had both texts before the assignment came, as "omar-1" and "omar-2": his file names
    // his own ids with the assignment's texts, and lands on the teacher's two articles.
    const file = await submissionOf(teacher, assignment, OMAR, [
      annotationOn(articles.first, TEXT_ONE, 'terrorists', OMAR.id),
    ]);
    const own = new Map([
      [articles.first, 'omar-1'],
      [articles.second, 'omar-2'],
    ]);
    const renamed: SubmissionFile = {
      ...file,
      articles: file.articles.map((article) => ({ ...article, id: own.get(article.id)! })),
      progress: { 'omar-1': 'done', 'omar-2': 'not-started' },
      annotations: file.annotations.map((a) => ({ ...a, articleId: own.get(a.articleId)! })),
    };
    const { preview, outcome } = await open([fileInput('omar.json', renamed)], false);
    expect(preview.files[0]!.error).toBeNull();
    expect(outcome.annotations.new).toBe(1);
    const stored = await teacher.annotations.where('annotatorId').equals(OMAR.id).toArray();
    expect(stored.map((a) => a.articleId)).toEqual([articles.first]);
    const done = await teacher.progress.get([assignment.id, OMAR.id, articles.first]);
    expect(done?.state).toBe('done');
  });

  test('the same student twice in one batch: the later wins and the preview says so', async () => {
    const first = linaWork();
    const early = await submissionOf(
      teacher,
      assignment,
      LINA,
      first.slice(0, 1),
      '2026-12-02T09:00:00.000Z',
    );
    const edited = { ...first[0]!, note: 'hostile label', updatedAt: '2026-12-02T09:30:00.000Z' };
    const late = await submissionOf(
      teacher,
      assignment,
      LINA,
      [edited, first[1]!],
      '2026-12-02T10:00:00.000Z',
    );
    // Listed later-first: the order of the files does not decide, submittedAt does.
    const { preview, outcome } = await open(
      [fileInput('late.json', late), fileInput('early.json', early)],
      false,
    );
    expect(preview.files[1]!.supersededBy).toBe('late.json');
    expect(preview.files[0]!.supersededBy).toBeNull();
    expect(preview.usable).toBe(1);
    expect(outcome.submissions).toBe(1);
    expect((await teacher.submissions.get([assignment.id, LINA.id]))?.fileName).toBe('late.json');
    expect((await teacher.annotations.get(edited.id))?.note).toBe('hostile label');
  });

  test('31 files with one broken: skip it and 30 land; refuse it and nothing does', async () => {
    const files = [];
    for (let n = 0; n < 30; n++) {
      const student = { id: `stu-${n}`, name: `Student ${n}` };
      const work = [annotationOn(articles.first, TEXT_ONE, 'terrorists', student.id)];
      files.push(fileInput(`s${n}.json`, await submissionOf(teacher, assignment, student, work)));
    }
    files.splice(12, 0, fileInput('broken.json', '{"format": "framelens-submission"}'));
    const before = await dumpDatabase(teacher);
    const refused = await open(files, false);
    expect(refused.preview.broken).toBe(1);
    expect(refused.preview.usable).toBe(30);
    expect(refused.preview.files[12]!.fileName).toBe('broken.json');
    expect(refused.preview.files[12]!.ok).toBe(false);
    expect(refused.outcome.submissions).toBe(0);
    expect(await dumpDatabase(teacher)).toEqual(before);

    const skipped = await open(files, true);
    expect(skipped.outcome.submissions).toBe(30);
    expect(await teacher.submissions.count()).toBe(30);
    // One annotation per student, 30 students.
    expect(await teacher.annotations.count()).toBe(30);
  }, 60_000);
});
