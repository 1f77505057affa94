import { describe, expect, it } from 'vitest';
import { maskCatalog } from '../../../src/features/exchange/api/export-catalog-query';

const catalog = {
  outlets: [
    { id: 'out-plain', name: 'Daily Plain', articles: 1, annotations: 2 },
    { id: 'out-rt', name: 'RT', articles: 1, annotations: 3 },
  ],
  articles: [
    { id: 'a3', title: 'Hama attack', outletId: 'out-plain', annotations: 2 },
    {
      id: 'a1',
      title: 'RT: Syrian military outlines response',
      outletId: 'out-rt',
      annotations: 3,
    },
  ],
  totalAnnotations: 5,
};

describe('the Import & export page under an outlet-blind mask', () => {
  it('lists a hidden outlet by its code and redacts its name in titles', () => {
    const mask = { codes: new Map([['out-rt', 'Outlet C']]) };
    const shown = maskCatalog(catalog, mask);
    expect(shown.outlets.map((outlet) => [outlet.id, outlet.name])).toEqual([
      ['out-plain', 'Daily Plain'],
      ['out-rt', 'Outlet C'],
    ]);
    expect(shown.articles.map((article) => article.title)).toEqual([
      'Hama attack',
      'Outlet C: Syrian military outlines response',
    ]);
    expect(JSON.stringify(shown)).not.toContain('RT');
    // Counts are untouched: 2 + 3 annotations.
    expect(shown.totalAnnotations).toBe(5);
  });

  it('returns the catalog itself without a mask', () => {
    expect(maskCatalog(catalog, { codes: new Map() })).toBe(catalog);
  });
});
