import type { FrameLensDatabase } from '../../../src/db/database';
import { CURRENT_ANNOTATOR_KEY } from '../../../src/db/meta-keys';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import type { Annotation, Article } from '../../../src/domain/types';
import { readAssignmentFileInput } from '../../../src/db/repositories/classroom-files-repository';
import { buildAssignmentFile } from '../../../src/domain/classroom/build-assignment-file';
import { buildSubmissionFile } from '../../../src/domain/classroom/build-submission-file';
import { serializeClassroomFile } from '../../../src/domain/classroom/classroom-file-text';
import type { AssignmentFile, SubmissionFile } from '../../../src/domain/classroom/classroom-files';
import { addSampleArticle, makeAnnotation } from '../db/exchange-test-helpers';

export const TEXT_ONE =
  'The Syrian army said terrorists attacked Aleppo.\n\nHTS called the operation a liberation, and the regime denied it.';
export const TEXT_TWO = 'Rebels entered the city at dawn; state media spoke of a foreign plot.';

export const TEACHER = { id: 'teacher-1', name: 'Ms Rahman', role: 'teacher' as const };

export function teacherAssignment(articleIds: string[], overrides: Partial<Assignment> = {}) {
  const assignment: Assignment = {
    id: '0192f3a4-aaaa-7000-8000-000000000001',
    revision: 1,
    role: 'teacher',
    title: 'Naming the fighters',
    instructions: 'Mark every loaded name.',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: TEACHER.id, name: TEACHER.name },
    mode: { suggestions: false, outletBlind: false },
    articleIds,
    outletCodes: {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
    ...overrides,
  };
  return assignment;
}

/** A teacher's library: two articles of two outlets, the teacher as current annotator. */
export async function teacherLibrary(database: FrameLensDatabase) {
  const first = await addSampleArticle(database, TEXT_ONE, 'Example Wire', 'Aleppo offensive');
  const second = await addSampleArticle(database, TEXT_TWO, 'State Daily', 'Dawn entry');
  await database.annotators.add(TEACHER);
  await database.meta.put({ key: CURRENT_ANNOTATOR_KEY, value: TEACHER.id });
  return { first, second };
}

export function annotationOn(
  articleId: string,
  text: string,
  exact: string,
  annotatorId: string,
  overrides: Partial<Annotation> = {},
): Annotation {
  return makeAnnotation(articleId, text, exact, { annotatorId, ...overrides });
}

/** A serialised classroom file as the worker session reads it. */
export function fileInput(name: string, file: unknown) {
  const text = typeof file === 'string' ? file : serializeClassroomFile(file as AssignmentFile);
  return { name, text: async () => text };
}

export async function assignmentFileOf(
  teacher: FrameLensDatabase,
  assignmentId: string,
): Promise<AssignmentFile> {
  return buildAssignmentFile(await readAssignmentFileInput(assignmentId, teacher));
}

/** A student's hand-in on the teacher's own articles (the student's library has the same ids). */
export async function submissionOf(
  teacher: FrameLensDatabase,
  assignment: Assignment,
  student: { id: string; name: string },
  annotations: Annotation[],
  submittedAt = '2026-12-02T10:00:00.000Z',
): Promise<SubmissionFile> {
  const articles = (await teacher.articles.bulkGet(assignment.articleIds)) as Article[];
  return buildSubmissionFile({
    assignment,
    student: { ...student, role: 'student' },
    articles,
    annotations,
    progress: [],
    guesses: [],
    submittedAt,
  });
}
