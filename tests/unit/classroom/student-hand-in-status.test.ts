import { describe, expect, it } from 'vitest';
import type { SubmissionFile } from '../../../src/domain/classroom/classroom-files';
import type { Annotation } from '../../../src/domain/types';
import {
  handInStatus,
  notDoneWarning,
} from '../../../src/features/classroom/student/hand-in-status';

function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: 'a1',
    start: 0,
    end: 4,
    exact: 'word',
    prefix: '',
    suffix: '',
    labelId: 'label',
    target: null,
    valence: 0,
    voice: 'own',
    note: '',
    annotatorId: 'student-1',
    status: 'accepted',
    createdAt: '2026-12-06T10:00:00.000Z',
    updatedAt: '2026-12-06T10:00:00.000Z',
    deleted: 0,
    ...overrides,
  };
}

function submission(overrides: Partial<SubmissionFile> = {}): SubmissionFile {
  return {
    format: 'framelens-submission',
    version: 1,
    assignmentId: 'assignment-1',
    assignmentRevision: 1,
    assignmentTitle: 'Naming the fighters',
    student: { id: 'student-1', name: 'Ada' },
    submittedAt: '2026-12-06T14:05:00.000Z',
    articles: [
      { id: 'a1', textHash: 'h1' },
      { id: 'a2', textHash: 'h2' },
      { id: 'a3', textHash: 'h3' },
    ],
    progress: { a1: 'done', a2: 'done', a3: 'done' },
    annotations: [],
    ...overrides,
  };
}

describe('the hand-in status line', () => {
  it('counts the articles and the live annotations, and says a later file replaces it', () => {
    // 4 annotations travel: 2 accepted, 1 tombstone, 1 rejected suggestion → 2 count.
    const file = submission({
      annotations: [
        annotation('x1'),
        annotation('x2'),
        annotation('x3', { deleted: 1 }),
        annotation('x4', { status: 'rejected-suggestion' }),
      ],
    });
    const at = new Date(2026, 11, 6, 14, 5);
    expect(handInStatus(file, at)).toBe(
      'Handed in 3 articles, 2 annotations at 14:05 — hand in again any time; the later file replaces the earlier one',
    );
  });

  it('says "1 article, 1 annotation" in the singular', () => {
    const file = submission({
      articles: [{ id: 'a1', textHash: 'h1' }],
      progress: { a1: 'done' },
      annotations: [annotation('x1')],
    });
    expect(handInStatus(file, new Date(2026, 11, 6, 9, 7))).toMatch(
      /^Handed in 1 article, 1 annotation at 09:07 /,
    );
  });
});

describe('the not-done warning', () => {
  it('is null when every article is marked done', () => {
    expect(notDoneWarning(submission())).toBeNull();
  });

  it('counts the articles not marked done (missing progress counts as not done)', () => {
    // a1 done, a2 in progress, a3 absent → 2 not done.
    const file = submission({ progress: { a1: 'done', a2: 'in-progress' } });
    expect(notDoneWarning(file)).toBe(
      '2 articles are not marked as done; the file was handed in anyway.',
    );
  });
});
