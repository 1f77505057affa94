import { describe, expect, it } from 'vitest';
import type {
  AgreementReport,
  AlphaResult,
  F1Result,
} from '../../../src/domain/agreement/agreement-types';
import { buildOutletMask, NO_MASK } from '../../../src/domain/classroom/outlet-mask';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import {
  AGREEMENT_CSV_COLUMNS,
  agreementCsvRows,
} from '../../../src/features/agreement/agreement-csv';
import { reportNames } from '../../../src/features/agreement/report-names';
import type { AgreementCatalog } from '../../../src/workers/agreement/agreement-protocol';
import { toCsv } from '../../../src/ui/csv-file';

const alpha = (value: number | null, n: number, reason: string | null = null): AlphaResult => ({
  value,
  n,
  reason,
  units: n / 2,
  observedDisagreement: null,
  expectedDisagreement: null,
});

// Ana (A) has 2 spans, Ben (B) 3; 1 matches exactly: P = 1/3, R = 1/2, F1 = 2·(1/6)/(5/6) = 0.4.
const exact: F1Result = {
  precision: 1 / 3,
  recall: 1 / 2,
  f1: 0.4,
  reason: null,
  matched: 1,
  a: 2,
  b: 3,
};
// Overlap: 2 match: P = 2/3, R = 1, F1 = 2·(2/3)/(5/3) = 0.8.
const overlap: F1Result = {
  precision: 2 / 3,
  recall: 1,
  f1: 0.8,
  reason: null,
  matched: 2,
  a: 2,
  b: 3,
};
const none: F1Result = {
  precision: null,
  recall: null,
  f1: null,
  reason: 'Ana has no spans with this label.',
  matched: 0,
  a: 0,
  b: 1,
};

const report: AgreementReport = {
  annotators: [
    { id: 'ann-a', name: 'Ana' },
    { id: 'ann-b', name: 'Ben' },
  ],
  articles: [{ id: 'art-1', title: 'Northwind Daily: clashes go on', outletId: 'out-1' }],
  codedPairs: 2,
  tokens: 10,
  alpha: alpha(0.5, 20),
  alphaByLabel: [{ labelId: 'lab-1', alpha: alpha(null, 0, 'Nobody used this label.') }],
  alphaByArticle: [{ articleId: 'art-1', coders: 2, alpha: alpha(0.5, 20) }],
  pairs: [
    {
      a: 'ann-a',
      b: 'ann-b',
      kappa: { value: 0.6, n: 10, reason: null, observed: 0.8, expected: 0.5 },
      exact,
      overlap,
      byLabel: [{ labelId: 'lab-1', exact: none, overlap: none }],
    },
  ],
  attributes: {
    pairs: 4,
    target: { ...alpha(0.25, 8), same: 3 },
    voice: { ...alpha(null, 8, 'Every pair has the same value: own.'), same: 4 },
    valence: { ...alpha(0.9, 8), withinOne: 2 },
  },
};

const catalog: AgreementCatalog = {
  annotators: [
    { id: 'ann-a', name: 'Ana', articles: 1, gold: false },
    { id: 'ann-b', name: 'Ben', articles: 1, gold: false },
  ],
  articles: [
    {
      id: 'art-1',
      title: 'Northwind Daily: clashes go on',
      outletId: 'out-1',
      outletName: 'Northwind Daily',
      coders: 2,
    },
  ],
  // A label name a spreadsheet would run as a formula.
  labels: [{ id: 'lab-1', name: '=Loaded', color: '#000' }],
  actors: [],
};

describe('agreement CSV rows', () => {
  const rows = agreementCsvRows(report, reportNames(catalog, NO_MASK));

  it('one row per number: 1 α + 1 label + 1 article + 13 for the pair + 6 attributes', () => {
    // The pair: κ, then P/R/F1 × exact/overlap overall (6) and for its one label (6) = 13.
    expect(rows).toHaveLength(1 + 1 + 1 + 13 + 6);
    expect(rows[0]).toEqual({
      measure: 'alpha',
      scope: 'overall',
      annotatorA: '',
      annotatorB: '',
      value: 0.5,
      n: 20,
      reason: null,
    });
  });

  it('P rests on B’s spans, R on A’s, F1 on both: n = 3, 2 and 2 + 3', () => {
    const exactRows = rows.filter(
      (row) => row.scope === 'overall' && row.measure.endsWith('_exact'),
    );
    expect(exactRows.map((row) => [row.measure, row.value, row.n])).toEqual([
      ['precision_exact', 1 / 3, 3],
      ['recall_exact', 1 / 2, 2],
      ['f1_exact', 0.4, 5],
    ]);
    expect(exactRows.every((row) => row.annotatorA === 'Ana' && row.annotatorB === 'Ben')).toBe(
      true,
    );
  });

  it('undefined values have no value and say why', () => {
    const label = rows.find((row) => row.measure === 'alpha_label');
    expect(label).toMatchObject({
      scope: '=Loaded',
      value: null,
      reason: 'Nobody used this label.',
    });
    const f1 = rows.find((row) => row.measure === 'f1_exact' && row.scope === '=Loaded');
    expect(f1).toMatchObject({ value: null, n: 1, reason: 'Ana has no spans with this label.' });
  });

  it('attribute agreement as shares of the matched pairs', () => {
    const shares = rows
      .filter((row) => ['same_target', 'same_voice', 'valence_within_1'].includes(row.measure))
      .map((row) => [row.measure, row.value, row.n]);
    // 3 of 4 same target, 4 of 4 same voice, 2 of 4 valences within ±1.
    expect(shares).toEqual([
      ['same_target', 0.75, 4],
      ['same_voice', 1, 4],
      ['valence_within_1', 0.5, 4],
    ]);
  });

  it('the file: the contract’s header, and label names escaped against formulas', () => {
    const text = toCsv(AGREEMENT_CSV_COLUMNS, rows);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('measure,scope,annotator_a,annotator_b,value,n,reason');
    expect(lines[1]).toBe('alpha,overall,,,0.5,20,');
    expect(lines[2]).toBe("alpha_label,'=Loaded,,,,0,Nobody used this label.");
  });

  it('an outlet-blind library names the article by its code', () => {
    const assignment = {
      role: 'student',
      revealed: false,
      mode: { outletBlind: true, suggestions: false },
      outletCodes: { 'out-1': 'Outlet A' },
    } as unknown as Assignment;
    const masked = agreementCsvRows(report, reportNames(catalog, buildOutletMask([assignment])));
    const article = masked.find((row) => row.measure === 'alpha_article');
    expect(article?.scope).toBe('Outlet A: clashes go on');
  });
});
