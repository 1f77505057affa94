import { describe, expect, it } from 'vitest';
import { buildAssignmentFile } from '../../../src/domain/classroom/build-assignment-file';
import { buildFeedbackFile } from '../../../src/domain/classroom/build-feedback-file';
import { buildSubmissionFile } from '../../../src/domain/classroom/build-submission-file';
import {
  classroomFileName,
  parseClassroomFile,
  serializeClassroomFile,
} from '../../../src/domain/classroom/classroom-file-text';
import { classroomKindOf } from '../../../src/domain/classroom/classroom-files';
import type { GuessRecord, ProgressRecord } from '../../../src/domain/classroom/classroom-types';
import { checkAssignmentTexts } from '../../../src/domain/classroom/parse-assignment-file';
import type { Annotator } from '../../../src/domain/types';
import {
  annotationOn,
  CODEBOOK,
  LEXICON,
  makeAssignment,
  readFixture,
  seedLibrary,
} from './files-sample-data';

const { outlets, articles } = seedLibrary();
const [first, second, third] = articles as [
  (typeof articles)[0],
  (typeof articles)[0],
  (typeof articles)[0],
];
const student: Annotator = { id: 'student-rana', name: 'Rana Ali', role: 'student' };
const key: Annotator = { id: 'teacher-1', name: 'Ms Haddad', role: 'teacher' };

function reparse(text: string) {
  const parsed = parseClassroomFile(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('classroom files: build → serialise → parse', () => {
  it('gives the assignment back as built, "format" first, and its texts match their hashes', async () => {
    const assignment = makeAssignment([second.id, first.id]);
    const file = buildAssignmentFile({
      assignment,
      articles,
      outlets,
      codebook: CODEBOOK,
      lexicon: LEXICON,
    });
    const text = serializeClassroomFile(file);
    expect(text.startsWith('{\n  "format": "framelens-assignment",\n  "version": 1,')).toBe(true);
    expect(classroomKindOf(text)).toBe('assignment');
    expect(reparse(text)).toEqual({ kind: 'assignment', file });
    // The teacher's order, each with its outlet's name when not outlet-blind.
    expect(file.articles.map((article) => [article.id, article.outlet])).toEqual([
      [second.id, 'Yalla TV'],
      [first.id, 'Levant24'],
    ]);
    expect(await checkAssignmentTexts(file)).toEqual({ ok: true, value: file, warnings: [] });
  });

  it('keeps only the student’s work on the assignment, tombstones included, by article', () => {
    const assignment = makeAssignment([first.id, second.id], {
      role: 'student',
      studentId: student.id,
      mode: { suggestions: false, outletBlind: true },
    });
    const mine = annotationOn(first, 'a-1', 0, 3, student.id);
    const deleted = annotationOn(second, 'a-2', 4, 9, student.id, { deleted: 1 });
    const someoneElse = annotationOn(first, 'a-3', 0, 3, 'other-annotator');
    const otherArticle = annotationOn(third, 'a-4', 0, 3, student.id);
    const progress: ProgressRecord[] = [
      {
        assignmentId: assignment.id,
        annotatorId: student.id,
        articleId: first.id,
        state: 'done',
        updatedAt: '2026-12-03T10:00:00.000Z',
      },
    ];
    const guesses: GuessRecord[] = [
      {
        assignmentId: assignment.id,
        annotatorId: student.id,
        code: 'Outlet B',
        outletName: null,
        lean: 'left',
        updatedAt: '2026-12-03T10:00:00.000Z',
      },
      {
        assignmentId: 'another-assignment',
        annotatorId: student.id,
        code: 'Outlet A',
        outletName: 'RT',
        lean: null,
        updatedAt: '2026-12-03T10:00:00.000Z',
      },
    ];
    const file = buildSubmissionFile({
      assignment,
      student,
      articles,
      annotations: [mine, deleted, someoneElse, otherArticle],
      progress,
      guesses,
      submittedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(file.annotations).toEqual([mine, deleted]);
    // first: marked done; second: no mark and only a deleted annotation, so not started.
    expect(file.progress).toEqual({ [first.id]: 'done', [second.id]: 'not-started' });
    expect(file.guesses).toEqual([{ code: 'Outlet B', outletName: null, lean: 'left' }]);
    expect(file.articles).toEqual([
      { id: first.id, textHash: first.textHash },
      { id: second.id, textHash: second.textHash },
    ]);
    expect(reparse(serializeClassroomFile(file))).toEqual({ kind: 'submission', file });
  });

  it('counts an article with a live annotation and no mark as in progress', () => {
    const assignment = makeAssignment([first.id], { role: 'student', studentId: student.id });
    const file = buildSubmissionFile({
      assignment,
      student,
      articles,
      annotations: [annotationOn(first, 'a-1', 0, 3, student.id)],
      progress: [],
      guesses: [],
      submittedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(file.progress).toEqual({ [first.id]: 'in-progress' });
    expect(file.guesses).toBeUndefined();
  });

  it('gives the feedback back with the key’s annotations on the assignment only', () => {
    const assignment = makeAssignment([first.id, second.id], { revealed: true });
    const keyed = annotationOn(first, 'k-1', 0, 3, key.id, { note: 'A label that takes a side.' });
    const file = buildFeedbackFile({
      assignment,
      articles,
      keyAnnotator: key,
      annotations: [
        keyed,
        annotationOn(third, 'k-2', 0, 3, key.id),
        annotationOn(first, 's-1', 0, 3, student.id),
      ],
      codebook: CODEBOOK,
      reveal: [{ code: 'Outlet A', outlet: 'Levant24' }],
      createdAt: '2026-12-05T08:00:00.000Z',
    });
    expect(file.key.annotations).toEqual([keyed]);
    expect(reparse(serializeClassroomFile(file))).toEqual({ kind: 'feedback', file });
  });

  it('reads the hand-written example files', () => {
    for (const kind of ['assignment', 'submission', 'feedback'] as const) {
      const parsed = parseClassroomFile(readFixture(kind));
      expect(parsed.ok && parsed.value.kind).toBe(kind);
    }
  });

  it('names the files as the classroom page offers them', () => {
    expect(
      classroomFileName('assignment', { title: 'Naming the fighters: Aleppo', revision: 2 }),
    ).toBe('framelens-assignment-naming-the-fighters-aleppo-r2.json');
    expect(
      classroomFileName('submission', { title: 'Naming the fighters', studentName: 'Rana Ali' }),
    ).toBe('framelens-submission-naming-the-fighters-rana-ali.json');
    expect(classroomFileName('feedback', { title: '  Élan & “Syria”  ' })).toBe(
      'framelens-feedback-élan-syria.json',
    );
    // Nothing left of a name: a word instead of an empty part.
    expect(classroomFileName('submission', { title: '!!', studentName: '…' })).toBe(
      'framelens-submission-assignment-student.json',
    );
  });
});
