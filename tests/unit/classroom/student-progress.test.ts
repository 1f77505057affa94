import { describe, expect, it } from 'vitest';
import {
  articleProgress,
  isOverdue,
  overallProgress,
  progressWord,
} from '../../../src/features/classroom/student/student-progress';

describe('a student article’s progress', () => {
  it('is "Not started" with no mark and no annotations', () => {
    expect(progressWord(articleProgress(undefined, 0))).toBe('Not started');
  });

  it('is "In progress" once the student has annotations, without a mark', () => {
    expect(progressWord(articleProgress(undefined, 2))).toBe('In progress');
  });

  it('is "In progress" when marked so (marked not done again) even with no annotations', () => {
    expect(progressWord(articleProgress('in-progress', 0))).toBe('In progress');
  });

  it('is "Done" only when marked done, with or without annotations', () => {
    expect(progressWord(articleProgress('done', 0))).toBe('Done');
    expect(progressWord(articleProgress('done', 5))).toBe('Done');
  });

  it('a stored "not-started" mark is overridden by annotations made since', () => {
    expect(articleProgress('not-started', 1)).toBe('in-progress');
  });
});

describe('overall progress', () => {
  it('counts the articles marked done out of all', () => {
    // done, in progress, done → 2 done out of 3 articles.
    expect(overallProgress(['done', 'in-progress', 'done'])).toBe('2 of 3 done');
    expect(overallProgress([])).toBe('0 of 0 done');
  });
});

describe('overdue', () => {
  it('is overdue only when the due date lies before today', () => {
    expect(isOverdue('2026-12-05', '2026-12-06')).toBe(true);
    expect(isOverdue('2026-12-06', '2026-12-06')).toBe(false);
    expect(isOverdue('2026-12-07', '2026-12-06')).toBe(false);
    expect(isOverdue(null, '2026-12-06')).toBe(false);
  });
});
