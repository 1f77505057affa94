import { afterEach, beforeEach, expect, test } from 'vitest';
import { appUrl, openApp, readDownload, readStore, type AppSession } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  seedByOutlet,
  textOf,
} from './reader-helpers';

let session: AppSession;
const rt = seedByOutlet('RT');

beforeEach(async () => {
  session = await openApp('#/');
});

afterEach(async () => {
  await session.close();
});

/**
 * One person's whole session — open, annotate, summary, export, import — with every request
 * recorded: nothing may go to another origin (no CDN, fonts, analytics or beacons).
 */
test('a full workflow makes no request to any other origin', async () => {
  const { page } = session;
  await page.locator('[data-testid="article-title"]').first().waitFor();

  await openSeedArticle(page, 'RT');
  await dragSelect(page, rt.text, 'terrorist group');
  await page.keyboard.press('1');
  await nameAnnotatorIfAsked(page, 'Ada');
  await expect.poll(async () => (await readStore(page, 'annotations')).length).toBe(1);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Summary' })
    .click();
  await page.getByRole('heading', { name: 'Framing summary', level: 1 }).waitFor();
  await expect.poll(() => textOf(page.getByTestId('summary-status'))).toBe('Up to date');

  await page.goto(appUrl('#/exchange'));
  await page.getByTestId('export-summary').waitFor();
  await page
    .getByRole('radio', { name: /FrameLens JSON/ })
    .first()
    .check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ]);
  const exported = await readDownload(download);
  expect((JSON.parse(exported) as { format: string }).format).toBe('framelens');

  await page.getByLabel('Annotation file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await page.getByTestId('import-preview').waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor();

  // Every request was recorded by the harness from the first navigation on.
  expect(session.requests.length).toBeGreaterThan(10);
  expect(session.foreignRequests()).toEqual([]);
  expect(session.problems).toEqual([]);
});
