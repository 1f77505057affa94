import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import type { Article, Outlet } from '../../../src/domain/types';
import { handoutArticle } from '../../../src/features/classroom/print/handout-content';

const OUTLET: Outlet = { id: 'outlet-rt', name: 'RT', nameKey: 'rt' };

const ARTICLE: Article = {
  id: 'article-1',
  outletId: OUTLET.id,
  title: 'RT: Syrian army repels attack',
  url: 'https://www.rt.com/news/1',
  published: '2024-11-28T10:00:00.000Z',
  language: 'en',
  // Three non-empty lines with a blank line between the first two.
  text: 'First paragraph.\n\nSecond paragraph.\nThird one.',
  textHash: 'hash',
  wordCount: 6,
  source: 'seed',
  addedAt: '2026-12-01T09:00:00.000Z',
};

function assignment(outletBlind: boolean): Assignment {
  return {
    id: 'assignment-1',
    revision: 1,
    role: 'teacher',
    title: 'Naming',
    instructions: '',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: 't', name: 'Ms Rahman' },
    mode: { suggestions: false, outletBlind },
    articleIds: [ARTICLE.id],
    outletCodes: outletBlind ? { [OUTLET.id]: 'Outlet B' } : {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
  };
}

describe('a handout article', () => {
  it('numbers each non-empty line as a paragraph, from 1', () => {
    const printed = handoutArticle(assignment(false), ARTICLE, OUTLET);
    expect(printed.paragraphs).toEqual([
      { number: 1, text: 'First paragraph.' },
      { number: 2, text: 'Second paragraph.' },
      { number: 3, text: 'Third one.' },
    ]);
  });

  it('shows the outlet, its name in the title and the link when not outlet-blind', () => {
    const printed = handoutArticle(assignment(false), ARTICLE, OUTLET);
    expect(printed.outlet).toBe('RT');
    expect(printed.title).toBe('RT: Syrian army repels attack');
    expect(printed.url).toBe('https://www.rt.com/news/1');
  });

  it('prints the code for the outlet, in the title, and no link when outlet-blind', () => {
    const printed = handoutArticle(assignment(true), ARTICLE, OUTLET);
    expect(printed.outlet).toBe('Outlet B');
    expect(printed.title).toBe('Outlet B: Syrian army repels attack');
    expect(printed.url).toBeNull();
    expect(JSON.stringify(printed)).not.toMatch(/\bRT\b|rt\.com/);
  });
});
