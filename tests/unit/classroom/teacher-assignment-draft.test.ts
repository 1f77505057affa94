import { describe, expect, test } from 'vitest';
import {
  assignmentFromDraft,
  EMPTY_DRAFT,
  validateDraft,
  type AssignmentDraft,
} from '../../../src/features/classroom/editor/assignment-draft';
import { assignOutletCodes } from '../../../src/domain/classroom/outlet-codes';
import { defaultCodebook } from '../../../src/domain/default-codebook';
import { teacherAssignment } from './intake-helpers';

const draft: AssignmentDraft = {
  title: '  Naming the fighters ',
  instructions: 'Mark every loaded name.\n',
  dueDate: '2026-12-20',
  articleIds: ['article-1', 'article-2', 'article-3'],
  suggestions: false,
  outletBlind: true,
};
const outletOf: Record<string, string> = {
  'article-1': 'outlet-x',
  'article-2': 'outlet-y',
  'article-3': 'outlet-x',
};
const context = {
  id: '0192f3a4-aaaa-7000-8000-000000000009',
  now: '2026-12-06T10:00:00.000Z',
  teacher: { id: 'teacher-1', name: 'Ms Rahman' },
  outletIdOf: (articleId: string) => outletOf[articleId],
};

describe('the assignment editor', () => {
  test('says what is missing: a title and at least one article', () => {
    expect(validateDraft(EMPTY_DRAFT)).toEqual({
      title: 'Give the assignment a title.',
      articles: 'Choose at least one article.',
    });
    expect(validateDraft({ ...EMPTY_DRAFT, title: '   ', articleIds: ['a'] })).toEqual({
      title: 'Give the assignment a title.',
    });
    expect(validateDraft(draft)).toEqual({});
  });

  test('refuses a due date that is not a date', () => {
    expect(validateDraft({ ...draft, dueDate: '20 December' }).dueDate).toMatch(/YYYY-MM-DD/);
  });

  test('a new assignment is revision 1 of the teacher, with a code per outlet when outlet-blind', () => {
    const made = assignmentFromDraft(draft, { ...context, stored: null });
    expect(made).toMatchObject({
      id: context.id,
      revision: 1,
      role: 'teacher',
      title: 'Naming the fighters',
      instructions: 'Mark every loaded name.',
      dueDate: '2026-12-20',
      teacher: context.teacher,
      mode: { suggestions: false, outletBlind: true },
      articleIds: ['article-1', 'article-2', 'article-3'],
      codebook: null,
      studentId: null,
    });
    // Two outlets (x twice, y once): two codes, the same as the seeded shuffle gives.
    expect(made.outletCodes).toEqual(assignOutletCodes(context.id, ['outlet-x', 'outlet-y']));
    expect(Object.values(made.outletCodes).sort()).toEqual(['Outlet A', 'Outlet B']);
  });

  test('no codes when not outlet-blind; no due date when left empty', () => {
    const made = assignmentFromDraft(
      { ...draft, outletBlind: false, dueDate: '' },
      { ...context, stored: null },
    );
    expect(made.outletCodes).toEqual({});
    expect(made.dueDate).toBeNull();
  });

  test('an edit after a download makes the next revision; edits before the next download do not', () => {
    const downloaded = teacherAssignment(['article-1'], {
      id: context.id,
      revision: 2,
      codebook: defaultCodebook,
      keyAnnotatorId: 'teacher-1',
    });
    const edited = assignmentFromDraft(draft, { ...context, stored: downloaded });
    expect(edited.revision).toBe(3);
    // The snapshot is cleared: this revision has not been downloaded yet.
    expect(edited.codebook).toBeNull();
    expect(edited.keyAnnotatorId).toBe('teacher-1');
    expect(edited.createdAt).toBe(downloaded.createdAt);
    const editedAgain = assignmentFromDraft(draft, { ...context, stored: edited });
    expect(editedAgain.revision).toBe(3);
  });
});
