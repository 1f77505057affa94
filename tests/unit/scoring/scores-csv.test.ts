import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoreClass } from '../../../src/domain/scoring/score-class';
import { scoresCsvRows, serializeScoresCsv } from '../../../src/domain/scoring/scores-csv';
import { span } from './scoring-fixture';

const scores = scoreClass({
  keyAnnotatorId: 'key',
  articleIds: ['a1'],
  key: [span(0, 20, { target: 'army' })],
  // Nested: P = 10/10 = 1, R = 10/20 = 0.5, F1 = 2·1·0.5/1.5 = 0.6667; one pair, same target.
  students: [{ id: 's', name: '=HYPERLINK("x")', annotations: [span(0, 10, { target: 'army' })] }],
});
const names = { articleTitles: { a1: 'Troops enter city' }, labelNames: { L: 'Loaded label' } };

describe('scores CSV', () => {
  it('writes an overall, a per-article and a per-label row per student', () => {
    const [header, ...rows] = scoresCsvRows(scores, names);
    expect(header?.slice(0, 7)).toEqual([
      'student',
      'scope',
      'article',
      'label',
      'precision',
      'recall',
      'f1',
    ]);
    expect(rows.map((r) => r.slice(1, 4))).toEqual([
      ['overall', '', ''],
      ['article', 'Troops enter city', ''],
      ['label', '', 'Loaded label'],
    ]);
    // precision 1, recall 0.5, F1 0.6667, same target 1/1, same voice 1/1 (both own),
    // valence 0 vs 0 within 1 → 1; 1 pair, 1 student span, 1 key span.
    expect(rows[0]!.slice(4)).toEqual(['1', '0.5', '0.6667', '1', '1', '1', '1', '1', '1']);
  });

  it('escapes a student name that looks like a formula', () => {
    const text = serializeScoresCsv(scores, names);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(parsed[1]![0]).toBe(`'=HYPERLINK("x")`);
  });
});
