import { describe, expect, it } from 'vitest';
import { buildOutletMask } from '../../../src/domain/classroom/outlet-mask';
import type { Assignment } from '../../../src/domain/classroom/classroom-types';
import { computeSummary } from '../../../src/domain/summary/compute-summary';
import { concordance } from '../../../src/domain/summary/concordance';
import { prepareSummary } from '../../../src/domain/summary/prepare-summary';
import type { SummaryInput } from '../../../src/domain/summary/summary-types';
import { maskOutletNames, maskSummaryResult } from '../../../src/features/summary/api/mask-outlets';
import type { SummaryCatalog } from '../../../src/workers/summary-protocol';

const TEXT = 'Levant24 reports: militants entered the town.';

const input: SummaryInput = {
  articles: [
    { id: 'a1', outletId: 'lev', wordCount: 6, published: '2024', text: TEXT },
    { id: 'a2', outletId: 'rt', wordCount: 6, published: '2024', text: TEXT },
  ],
  outlets: [
    { id: 'lev', name: 'Levant24' },
    { id: 'rt', name: 'RT' },
  ],
  annotations: ['a1', 'a2'].map((articleId) => ({
    id: `x-${articleId}`,
    articleId,
    start: 18,
    end: 27,
    exact: 'militants',
    labelId: 'L',
    target: 'hts',
    valence: -1,
    voice: 'own' as const,
    annotatorId: 'me',
    status: 'accepted' as const,
    deleted: 0 as const,
  })),
  labels: [{ id: 'L', name: 'Loaded' }],
  actors: [{ id: 'hts', name: 'HTS' }],
  lexicon: [],
};

const catalog: SummaryCatalog = {
  outlets: [
    { id: 'lev', name: 'Levant24', articles: 1 },
    { id: 'rt', name: 'RT', articles: 1 },
  ],
  articles: [
    { id: 'a1', title: 'Levant24: fighters advance', outletId: 'lev', published: '2024' },
    { id: 'a2', title: 'Fighters advance', outletId: 'rt', published: '2024' },
  ],
  annotators: [{ id: 'me', name: 'Me' }],
  labels: [{ id: 'L', name: 'Loaded', color: '#000000' }],
  actors: [{ id: 'hts', name: 'HTS' }],
  annotations: 2,
  firstArticle: { id: 'a1', title: 'Levant24: fighters advance' },
};

/** A student's outlet-blind assignment covering Levant24 only (RT stays named). */
const mask = buildOutletMask([
  {
    role: 'student',
    mode: { suggestions: false, outletBlind: true },
    revealed: false,
    outletCodes: { lev: 'Outlet A' },
  } as Partial<Assignment> as Assignment,
]);

describe('the summary under outlet-blind', () => {
  it('shows codes instead of the masked outlet’s name everywhere in the summary and catalog', () => {
    const result = { summary: computeSummary(input, {}), catalog };
    const masked = maskSummaryResult(result, mask);
    const shown = JSON.stringify(masked);
    expect(shown).not.toContain('Levant24');
    expect(shown).toContain('Outlet A');
    // The unmasked outlet keeps its name; the title keeps its other words.
    expect(masked.summary.outlets.map((o) => o.outletName)).toEqual(['Outlet A', 'RT']);
    expect(masked.catalog.articles[0]?.title).toContain('fighters advance');
    // The input is left as it was (the query cache keeps the real names).
    expect(result.summary.outlets.some((o) => o.outletName === 'Levant24')).toBe(true);
  });

  it('masks concordance lines', () => {
    const lines = concordance('militants', prepareSummary(input, {}));
    const masked = maskOutletNames(lines, mask);
    expect(masked.map((line) => line.outletName).sort()).toEqual(['Outlet A', 'RT']);
  });
});
