import { proxy, wrap, type Remote } from 'comlink';
import { db } from '../../src/db';
import { buildSubmissionFile } from '../../src/domain/classroom/build-submission-file';
import { serializeClassroomFile } from '../../src/domain/classroom/classroom-file-text';
import type { Assignment } from '../../src/domain/classroom/classroom-types';
import { serializeNative } from '../../src/domain/exchange/native-format';
import type { Annotation, Annotator } from '../../src/domain/types';
import type { ImportWorkerApi } from '../../src/workers/import-protocol';
import { storeGeneratedCorpus } from './app-database';

/*
 * The classroom budget: a class's hand-ins (students × articles × annotations each) opened at
 * once in the import worker — read, checked, previewed, written in one transaction — and the
 * class scored against the teacher's key; against importing the same annotations as one
 * native FrameLens file through the same worker. Both start from the same library (the texts
 * and the key stored, no student work) and are timed from the page's first call to the last
 * answer, with the page's long tasks recorded meanwhile.
 */

interface ClassSetup {
  assignment: Assignment;
  keyAnnotatorId: string;
  studentIds: string[];
  submissions: { name: string; text: string }[];
  nativeFile: string;
  annotations: number;
}

let setup: ClassSetup | null = null;
let worker: Remote<ImportWorkerApi> | null = null;
const noProgress = proxy(() => undefined);

function importWorker(): Remote<ImportWorkerApi> {
  worker ??= wrap<ImportWorkerApi>(
    new Worker(new URL('../../src/workers/import.worker.ts', import.meta.url), { type: 'module' }),
  );
  return worker;
}

function benchAssignment(articleIds: string[], teacher: Annotator): Assignment {
  return {
    id: '0192f3a4-bbbb-7000-8000-00000000c1a5',
    revision: 1,
    role: 'teacher',
    title: 'Benchmark class',
    instructions: 'Mark every loaded term.',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: teacher.id, name: teacher.name },
    mode: { suggestions: false, outletBlind: false },
    articleIds,
    outletCodes: {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: teacher.id,
    revealed: false,
    studentId: null,
  };
}

/** Each student's work: the key's spans under the student's ids, every third label changed. */
function studentWork(key: readonly Annotation[], student: Annotator, index: number): Annotation[] {
  return key.map((annotation, n) => ({
    ...annotation,
    id: `${annotation.id}-s${index}`,
    annotatorId: student.id,
    labelId: n % 3 === index % 3 ? 'loaded-language' : annotation.labelId,
    valence: ((n + index) % 5) - 2,
  }));
}

export async function seedClassroom(students: number, articles: number, perArticle: number) {
  const corpus = await storeGeneratedCorpus(
    { articles, wordsPerArticle: perArticle * 2, annotationsPerArticle: perArticle },
    50_000,
  );
  const teacher = corpus.annotator;
  const assignment = benchAssignment(
    corpus.articles.map((article) => article.id),
    teacher,
  );
  await db.assignments.put(assignment);
  const roster: Annotator[] = [];
  const submissions: ClassSetup['submissions'] = [];
  const all: Annotation[] = [];
  for (let index = 0; index < students; index++) {
    const student: Annotator = {
      id: `bench-student-${index}`,
      name: `Student ${index}`,
      role: 'student',
    };
    const work = studentWork(corpus.annotations, student, index);
    roster.push(student);
    all.push(...work);
    const file = buildSubmissionFile({
      assignment,
      student,
      articles: corpus.articles,
      annotations: work,
      progress: [],
      guesses: [],
      submittedAt: '2026-12-02T10:00:00.000Z',
    });
    submissions.push({ name: `hand-in-${index}.json`, text: serializeClassroomFile(file) });
  }
  const nativeFile = serializeNative(
    { outlets: corpus.outlets, articles: corpus.articles, annotations: all, annotators: roster },
    { includeTexts: true, exportedAt: '2026-12-02T12:00:00.000Z' },
  );
  setup = {
    assignment,
    keyAnnotatorId: teacher.id,
    studentIds: roster.map((student) => student.id),
    submissions,
    nativeFile,
    annotations: all.length,
  };
  return { students, annotations: all.length, files: submissions.length };
}

/** Back to the library before any student work: the texts and the key only. */
async function clearStudentWork(current: ClassSetup) {
  const tables = [db.annotations, db.annotators, db.submissions, db.progress, db.guesses];
  await db.transaction('rw', tables, async () => {
    await db.annotations.where('annotatorId').anyOf(current.studentIds).delete();
    await db.annotators.bulkDelete(current.studentIds);
    await db.submissions.clear();
    await db.progress.clear();
    await db.guesses.clear();
  });
}

/** Runs `work`, timing it and recording the page's long tasks meanwhile. */
async function timed<T>(work: () => Promise<T>) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  observer.disconnect();
  return { value, ms, longestTask: Math.max(0, ...tasks) };
}

/** The hand-in files, for the driver to write to disk and choose on the Classroom page. */
export function classroomFiles() {
  if (!setup) throw new Error('seedClassroom first.');
  return setup.submissions;
}

/** Before the Classroom page opens the hand-ins: the library without any student work. */
export async function resetClassroom() {
  if (!setup) throw new Error('seedClassroom first.');
  await clearStudentWork(setup);
  return { cleared: true };
}

export async function openClassInWorker() {
  if (!setup) throw new Error('seedClassroom first.');
  const current = setup;
  await clearStudentWork(current);
  const api = importWorker();
  const files = current.submissions.map(
    (file) => new File([file.text], file.name, { type: 'application/json' }),
  );
  const run = await timed(async () => {
    const started = performance.now();
    const prepared = await api.prepareClassroomFiles(files, noProgress);
    if (!prepared.ok) throw new Error(prepared.error);
    const preparedAt = performance.now();
    const outcome = await api.commitClassroomFiles(prepared.id, { skipBroken: false }, noProgress);
    const committedAt = performance.now();
    const scores = await api.scoreAssignment(current.assignment.id, current.keyAnnotatorId);
    const stages = {
      prepare: preparedAt - started,
      commit: committedAt - preparedAt,
      score: performance.now() - committedAt,
    };
    return { written: outcome.annotations.new, scored: scores.students.length, stages };
  });
  return { ms: run.ms, longestTask: run.longestTask, ...run.value };
}

export async function importClassAsOneFile() {
  if (!setup) throw new Error('seedClassroom first.');
  const current = setup;
  await clearStudentWork(current);
  const api = importWorker();
  const file = new File([current.nativeFile], 'class.json', { type: 'application/json' });
  const run = await timed(async () => {
    const started = performance.now();
    const prepared = await api.prepareImport(file, noProgress);
    if (!prepared.ok) throw new Error(prepared.error.message);
    const preparedAt = performance.now();
    const outcome = await api.commitImport(prepared.id, { labels: {} }, noProgress);
    const stages = { prepare: preparedAt - started, commit: performance.now() - preparedAt };
    return { written: outcome.new, stages };
  });
  return { ms: run.ms, longestTask: run.longestTask, ...run.value };
}
