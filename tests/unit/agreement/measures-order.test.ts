import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../../src/domain/agreement/compute-agreement';
import { disagreementMap } from '../../../src/domain/agreement/disagreement-map';
import { input, mark } from './measures-fixture';

describe('the order of annotators', () => {
  // Three people named with numbers, as a class list often is: read as numbers, 2 < 10 < 19
  // (plain text order would put "Student 10" and "Student 19" before "Student 2").
  const names = { s19: 'Student 19', s2: 'Student 2', s10: 'Student 10' };
  const text = 'Militants seized the town.';
  const data = input({
    articles: [{ id: 'a', title: 'A town', outletId: 'o', text }],
    annotators: Object.entries(names).map(([id, name]) => ({ id, name })),
    annotations: Object.keys(names).map((id) => mark(id, 'a', 0, 9)),
  });

  it('is the same numeric name order in the report and on the map as in the choosers', () => {
    const report = computeAgreement(data, { annotatorIds: null, articleIds: null });
    expect(report.annotators.map((a) => a.name)).toEqual(['Student 2', 'Student 10', 'Student 19']);
    const map = disagreementMap(data, 'a', null);
    expect(map.annotators.map((a) => a.name)).toEqual(['Student 2', 'Student 10', 'Student 19']);
  });
});
