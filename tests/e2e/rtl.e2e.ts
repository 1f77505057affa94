import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, openApp, readDownload, readStore, type AppSession } from './harness';
import { nameAnnotatorIfAsked, textOf } from './reader-helpers';

// Written for this test: three plain news-like sentences in Arabic ("The health ministry
// announced today a rise in the number of victims in the city. A local official said rescue
// teams are still working in the eastern districts. A new report is expected tomorrow
// evening.").
const ARABIC =
  'أعلنت وزارة الصحة اليوم ارتفاع عدد الضحايا في المدينة. ' +
  'وقال مسؤول محلي إن فرق الإنقاذ ما زالت تعمل في الأحياء الشرقية. ' +
  'ومن المتوقع أن يصدر تقرير جديد مساء الغد.';
const TITLE = 'ارتفاع عدد الضحايا في المدينة';

interface StoredAnnotation {
  start: number;
  end: number;
  exact: string;
  status: string;
  deleted: number;
}

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

async function addArabicArticle(page: Page): Promise<void> {
  await page.goto(appUrl('#/add'));
  await page.getByRole('heading', { name: 'Add an article' }).waitFor();
  await page.getByLabel('Outlet', { exact: true }).fill('Test Arabic outlet');
  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('Article text').fill(ARABIC);
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.locator('[data-article-text] p').first().waitFor();
}

/** The text and the box of the browser's selection. */
const selectionBox = (page: Page) =>
  page.evaluate(() => {
    const range = window.getSelection()!.getRangeAt(0);
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), left: rect.left, right: rect.right };
  });

async function download(page: Page, format: RegExp): Promise<string> {
  await page.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ]);
  return readDownload(file);
}

describe('right-to-left text', () => {
  test('Shift+ArrowLeft extends to the visually left word; the exported offsets hold the same words', async () => {
    const { page } = session;
    await addArabicArticle(page);
    const paragraph = page.locator('[data-article-text] p').first();
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');

    // Select "الصحة" (health) by keyboard: / and its letters, Enter, Esc back to the text.
    await page.getByRole('region', { name: /Article text/ }).focus();
    await page.keyboard.press('/');
    await page.keyboard.type('الصحة');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => textOf(page.getByTestId('pending-selection'))).toContain('“الصحة”');
    const before = await selectionBox(page);
    expect(before.text).toBe('الصحة');

    // The next word in reading order, "اليوم" (today), is to its left on screen.
    await page.keyboard.press('Shift+ArrowLeft');
    await expect
      .poll(() => textOf(page.getByTestId('pending-selection')))
      .toContain('“الصحة اليوم”');
    const after = await selectionBox(page);
    expect(after.text).toBe('الصحة اليوم');
    expect(after.left).toBeLessThan(before.left);
    // The right edge stays where "الصحة" begins (within a pixel of rounding).
    expect(Math.abs(after.right - before.right)).toBeLessThan(1);

    await page.keyboard.press('2');
    await nameAnnotatorIfAsked(page, 'Ada');
    const start = ARABIC.indexOf('الصحة اليوم');
    const end = start + 'الصحة اليوم'.length;
    await expect
      .poll(async () =>
        (await readStore<StoredAnnotation>(page, 'annotations')).map((a) => [a.start, a.end]),
      )
      .toEqual([[start, end]]);

    await page.getByRole('link', { name: 'Export annotations' }).click();
    const native = JSON.parse(await download(page, /FrameLens JSON/)) as {
      annotations: { start: number; end: number }[];
    };
    expect(native.annotations.map((a) => ARABIC.slice(a.start, a.end))).toEqual(['الصحة اليوم']);

    const w3c = JSON.parse(await download(page, /W3C Web Annotation/)) as {
      first: {
        items: { target: { selector: { type: string; start?: number; end?: number }[] } }[];
      };
    };
    const position = w3c.first.items[0]?.target.selector.find(
      (selector) => selector.type === 'TextPositionSelector',
    );
    // W3C positions count code points; the text is all in the Basic Multilingual Plane.
    const codePoints = [...ARABIC];
    expect(codePoints.slice(position?.start, position?.end).join('')).toBe('الصحة اليوم');
  });
});
