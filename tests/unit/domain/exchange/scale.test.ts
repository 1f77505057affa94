import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../src/domain/default-codebook';
import {
  parseAnnotationsCsv,
  serializeAnnotationsCsv,
} from '../../../../src/domain/exchange/csv-format';
import {
  parseLabelStudio,
  serializeLabelStudio,
} from '../../../../src/domain/exchange/label-studio-format';
import { planMerge } from '../../../../src/domain/exchange/merge';
import { parseW3c, serializeW3c } from '../../../../src/domain/exchange/w3c-format';
import type { Annotation } from '../../../../src/domain/types';
import { makeArticle, makeOutlet } from './sample-data';

/**
 * 100,000 annotations through every annotation format and the merge. There is no timing
 * assertion: an accidental O(n²) step (a string comparison or list search per annotation)
 * turns these seconds into hours and the test times out.
 */

const N = 100_000;
// Each sentence is 4 (flag) + 1 + 45 = 50 UTF-16 units; "Militants" starts 5 units in.
const SENTENCE = '🇸🇾 Militants and the regime traded accusations. ';
const text = SENTENCE.repeat(5000);
const article = makeArticle('art-big', 'out-1', 'Big', text, null);
const annotations: Annotation[] = Array.from({ length: N }, (_, i) => {
  const start = (i % 5000) * 50 + 5;
  return {
    id: `0192f3a4-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    articleId: article.id,
    start,
    end: start + 9,
    exact: 'Militants',
    prefix: '',
    suffix: '',
    labelId: 'actor-label',
    target: 'hts',
    valence: (i % 5) - 2,
    voice: 'own',
    note: '',
    annotatorId: `ann-${i % 3}`,
    status: 'accepted',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: 0,
  };
});
const common = {
  articles: [article],
  outlets: [makeOutlet('out-1', 'Outlet')],
  annotations,
  annotators: [],
  codebook: defaultCodebook,
};

describe('100,000 annotations', () => {
  it('are all placed the same in every format', () => {
    expect(text.slice(5, 14)).toBe('Militants');
    expect(text.slice(249_955, 249_964)).toBe('Militants'); // the last sentence, 4999 × 50 + 5

    const w3c = parseW3c(serializeW3c(common), {
      articles: [article],
      codebook: defaultCodebook,
      fallbackAnnotatorId: 'me',
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    const ls = parseLabelStudio(serializeLabelStudio(common), {
      codebook: defaultCodebook,
      fallbackAnnotatorId: 'me',
      importedAt: '2026-01-01T00:00:00.000Z',
      defaultOutletName: 'x',
    });
    const csv = parseAnnotationsCsv(serializeAnnotationsCsv(common), {
      codebook: defaultCodebook,
      articles: [article],
      importedAt: '2026-01-01T00:00:00.000Z',
      fallbackAnnotatorId: 'me',
    });
    for (const parsed of [w3c, ls, csv]) {
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value.annotations).toHaveLength(N);
      expect(parsed.value.orphaned).toHaveLength(0);
      const byId = new Map(parsed.value.annotations.map((a) => [a.id, a]));
      const misplaced = annotations.filter((a) => byId.get(a.id)?.start !== a.start);
      expect(misplaced).toHaveLength(0);
    }
    const merged = planMerge(
      annotations,
      annotations.map((a) => ({ ...a, note: 'x', updatedAt: '2026-01-02T00:00:00.000Z' })),
    );
    expect(merged.counts).toEqual({ new: 0, updated: N, unchanged: 0, conflicting: 0 });
    // About 20 s on a quiet 2-core machine, over 190 s with both cores busy: the limit only has
    // to stop an O(n²) step, which would take hours.
  }, 900_000);
});
