import { describe, expect, it } from 'vitest';
import type { ArticleListItem } from '../../../src/db';
import { buildOutletMask, NO_MASK } from '../../../src/domain/classroom/outlet-mask';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import { groupByOutlet, searchItem } from '../../../src/domain/library-view';
import { asksForHiddenOutlet, maskLibraryItems } from '../../../src/features/library/mask-items';

function item(id: string, outletId: string, outletName: string, title: string): ArticleListItem {
  return {
    id,
    outletId,
    outletName,
    title,
    url: `https://${outletName.toLowerCase().replace(/\s+/g, '')}.example/${id}`,
    published: '2024-11-28',
    language: 'en',
    textHash: `hash-${id}`,
    wordCount: 100,
    source: 'seed',
    addedAt: '2026-12-01T09:00:00.000Z',
  };
}

const rt = item('a1', 'out-rt', 'RT', 'RT: Syrian military outlines response');
const tasnim = item('a2', 'out-tasnim', 'Tasnim News Agency', 'Militants launch assault');
const plain = item('a3', 'out-plain', 'Daily Plain', 'Hama attack');

const received: Assignment = {
  id: '0192f3a4-aaaa-7000-8000-000000000001',
  revision: 1,
  role: 'student',
  title: 'Lesson',
  instructions: '',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  dueDate: null,
  teacher: { id: 't', name: 'T' },
  mode: { suggestions: true, outletBlind: true },
  articleIds: ['a1', 'a2'],
  outletCodes: { 'out-rt': 'Outlet C', 'out-tasnim': 'Outlet A' },
  codebook: null,
  lexicon: [],
  keyAnnotatorId: null,
  revealed: false,
  studentId: 'me',
};

describe('the library under an outlet-blind mask', () => {
  const masked = maskLibraryItems([rt, tasnim, plain], buildOutletMask([received]));

  it('shows codes for masked outlets, redacts their names in titles and drops their links', () => {
    expect(masked.map((one) => [one.outletName, one.title, one.url])).toEqual([
      ['Outlet C', 'Outlet C: Syrian military outlines response', null],
      ['Outlet A', 'Militants launch assault', null],
      ['Daily Plain', 'Hama attack', 'https://dailyplain.example/a3'],
    ]);
    expect(groupByOutlet(masked, 'outlet').map((group) => group.outletName)).toEqual([
      'Daily Plain',
      'Outlet A',
      'Outlet C',
    ]);
  });

  it('does not find an article by its hidden outlet name', () => {
    // The texts hold no outlet name, so only the outlet and title fields could match.
    const hits = (query: string) =>
      masked.filter((one) => searchItem(one, 'The army said.', query)).map((one) => one.id);
    expect(hits('Tasnim')).toEqual([]);
    expect(hits('RT')).toEqual([]);
    expect(hits('Outlet A')).toEqual(['a2']);
    expect(hits('Daily Plain')).toEqual(['a3']);
  });

  it('tells when a search names a hidden outlet, so that the texts are not searched for it', () => {
    const mask = buildOutletMask([received]);
    const library = [rt, tasnim, plain];
    expect(asksForHiddenOutlet('tasnim', library, mask)).toBe(true);
    expect(asksForHiddenOutlet('Tasnim News Agency', library, mask)).toBe(true);
    expect(asksForHiddenOutlet('rt', library, mask)).toBe(true);
    // Daily Plain is not hidden; "regime" names no outlet; one letter is too short to tell.
    expect(asksForHiddenOutlet('Daily Plain', library, mask)).toBe(false);
    expect(asksForHiddenOutlet('regime', library, mask)).toBe(false);
    expect(asksForHiddenOutlet('t', library, mask)).toBe(false);
    expect(asksForHiddenOutlet('tasnim', library, NO_MASK)).toBe(false);
  });

  it('changes nothing without a mask', () => {
    expect(maskLibraryItems([rt, plain], NO_MASK)).toEqual([rt, plain]);
  });
});
