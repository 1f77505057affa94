import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appUrl, checkedSessions, openApp, readStore, screenshot } from './harness';

interface StoredAnnotation {
  id: string;
  articleId: string;
  exact: string;
}

interface StoredArticle {
  id: string;
  text: string;
}

const sessions = checkedSessions();

const FIRST_TEXT = 'The Syrian army said terrorists attacked Aleppo before dawn.';
const SECOND_TEXT = 'Militants shelled the town at dawn; the regime blamed the rebels.';

/** A Label Studio task; every region is [id, start, end, quote] in code points. */
function labelStudioFile(text: string, title: string, regions: [string, number, number, string][]) {
  return JSON.stringify([
    {
      id: 1,
      data: { text, title, outlet: 'Example News' },
      annotations: [
        {
          completed_by: 4,
          created_at: '2024-05-01T10:00:00Z',
          result: regions.map(([id, start, end, quote]) => ({
            id,
            type: 'labels',
            from_name: 'label',
            to_name: 'text',
            value: { start, end, text: quote, labels: ['Actor label'] },
          })),
        },
      ],
    },
  ]);
}

async function chooseImportFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel('Annotation file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
  await page.getByTestId('import-preview').waitFor();
}

describe('import hardening', () => {
  test('two Label Studio files reusing region id "r1": the first article keeps its annotation, the move is listed', async () => {
    const session = await openApp('#/');
    sessions.push(session);
    const { page } = session;
    await page.goto(appUrl('#/exchange'));
    await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();

    // "terrorists" is at 21–31 of FIRST_TEXT.
    await chooseImportFile(
      page,
      'first.json',
      labelStudioFile(FIRST_TEXT, 'First task', [['r1', 21, 31, 'terrorists']]),
    );
    expect(await page.getByTestId('count-new').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();

    // "Militants" is at 0–9 of SECOND_TEXT; "regime" is at 40–46, the file says 39–45.
    const regime = SECOND_TEXT.indexOf('regime');
    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseImportFile(
      page,
      'second.json',
      labelStudioFile(SECOND_TEXT, 'Second task', [
        ['r1', 0, 9, 'Militants'],
        ['r2', regime - 1, regime + 5, 'regime'],
      ]),
    );
    expect(await page.getByTestId('count-new').textContent()).toBe('2');
    expect(await page.getByTestId('count-updated').textContent()).toBe('0');
    expect(await page.getByTestId('preview-moved').textContent()).toContain('1 annotation');
    expect(await page.getByTestId('preview-span-changes').textContent()).toContain(
      `“Second task” — moved from ${regime - 1}–${regime + 5} to ${regime}–${regime + 6}`,
    );
    await page.locator('#import').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'import-hardening-preview');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-done').waitFor();

    const articles = await readStore<StoredArticle>(page, 'articles');
    const first = articles.find((article) => article.text === FIRST_TEXT);
    const second = articles.find((article) => article.text === SECOND_TEXT);
    const annotations = await readStore<StoredAnnotation>(page, 'annotations');
    const on = (articleId: string | undefined) =>
      annotations
        .filter((a) => a.articleId === articleId)
        .map((a) => a.exact)
        .sort();
    expect(on(first?.id)).toEqual(['terrorists']);
    expect(on(second?.id)).toEqual(['Militants', 'regime']);
  });
});
