import { describe, expect, test } from 'vitest';
import { neutralizeHtml } from '../../../src/features/exchange/corpus/extract-html-text';
import { firstLineTitle } from '../../../src/features/exchange/corpus/read-corpus-file';
import { previewTotals } from '../../../src/features/exchange/import/preview-totals';
import { findOccurrences } from '../../../src/features/exchange/orphans/find-occurrences';
import type { ImportPreview } from '../../../src/db';

describe('neutralizeHtml (before DOMParser sees an imported HTML file)', () => {
  test('renames every event handler and style attribute, removes style elements, keeps text', () => {
    const html =
      '<p title="a>b" onclick="x()" style=\'color:red\'>Hi <b>there</b></p>' +
      '<IMG SRC=x ONERROR="x()"><img/src=x/onerror=x()><svg onload=x()></svg>' +
      '<STYLE>p { color: red }</STYLE ><p>The button onclick= text stays.</p>';
    const out = neutralizeHtml(html);
    const tags = out.replace('The button onclick= text stays.', '');
    expect(tags).not.toMatch(/[\s/"']on[a-z]+\s*=/i);
    expect(tags).not.toMatch(/[\s/"']style\s*=/i);
    expect(out).not.toMatch(/<style/i);
    expect(out).toContain('data-inert-onclick="x()"');
    expect(out).toContain('Hi <b>there</b>');
    // Text outside tags is never touched.
    expect(out).toContain('<p>The button onclick= text stays.</p>');
  });

  // Catastrophic backtracking on these inputs would run for hours: the test's timeout, not a
  // timing assertion, is what catches it.
  test('finishes on hostile input (no catastrophic backtracking)', { timeout: 20_000 }, () => {
    const hostile = ['<a "'.repeat(100_000), '<a '.padEnd(400_000, 'b'), '<style'.repeat(50_000)];
    for (const input of hostile) expect(typeof neutralizeHtml(input)).toBe('string');
  });
});

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
