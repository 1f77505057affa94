import { describe, expect, test } from 'vitest';
import { firstLineTitle } from '../../../src/domain/exchange/kinds/corpus-article';
import { previewTotals } from '../../../src/features/exchange/import/preview-totals';
import { findOccurrences } from '../../../src/features/exchange/orphans/find-occurrences';
import type { ImportPreview } from '../../../src/domain/exchange/plan/import-preview';

describe('corpus titles', () => {
  test('the first non-empty line, without Markdown heading marks', () => {
    expect(firstLineTitle('\n\n## Militants advance\n\nText')).toBe('Militants advance');
    expect(firstLineTitle('x'.repeat(300))).toHaveLength(200);
  });
});

describe('finding an orphan’s words again', () => {
  test('every occurrence with context, flagged when inside a longer word', () => {
    const found = findOccurrences('A terrorist group and terrorist groups.', 'terrorist group');
    expect(found.map((o) => [o.start, o.end, o.insideWord])).toEqual([
      [2, 17, false],
      [22, 37, true],
    ]);
    expect(found[0]?.before).toBe('A ');
    expect(findOccurrences('text', '')).toEqual([]);
  });
});

describe('preview totals follow the label decisions', () => {
  test('an added label adds its counts; a skipped one counts as skipped', () => {
    const zero = { new: 0, updated: 0, unchanged: 0, conflicting: 0 };
    const preview = {
      counts: { ...zero, new: 2, unchanged: 1 },
      orphaned: 1,
      unknownLabels: [
        { key: 'a', counts: { ...zero, new: 3 }, orphaned: 1 },
        { key: 'b', counts: { ...zero, updated: 2 }, orphaned: 0 },
      ],
    } as unknown as ImportPreview;
    expect(previewTotals(preview, { labels: { a: 'add', b: 'skip' } })).toEqual({
      new: 5,
      updated: 0,
      unchanged: 1,
      conflicting: 0,
      orphaned: 2,
      skipped: 2,
    });
  });
});
