import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appUrl, openApp, readDownload, readStore, screenshot, type AppSession } from './harness';
import { holdStores, releaseStores } from './hold-stores';

const STORES = [
  'outlets',
  'articles',
  'articleCards',
  'annotations',
  'codebooks',
  'lexicon',
  'annotators',
  'meta',
];
const STORAGE_FULL = "Your browser's storage for this site is full";

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/settings');
  await session.page.getByTestId('last-backup').waitFor();
});

afterEach(async () => {
  try {
    expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
    expect(session.problems, 'no console errors or uncaught exceptions').toEqual([]);
  } finally {
    await session.close();
  }
});

async function everyStore(page: Page): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const store of STORES) dump[store] = await readStore(page, store);
  return dump;
}

interface Backup {
  tables: {
    articles: { id: string; text: string; title: string; url: string | null }[];
    annotations: unknown[];
    annotators: unknown[];
  };
}

async function downloadBackup(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const text = await readDownload(download);
  await expect.poll(() => page.getByTestId('last-backup').textContent()).not.toBe('Never');
  return text;
}

async function chooseBackup(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
}

/** From now on every IndexedDB write in the import worker fails as if the disk were full. */
async function fillDiskInImportWorker(page: Page): Promise<void> {
  const worker = page.workers().find((candidate) => candidate.url().includes('import'));
  if (!worker) throw new Error('the import worker is not running');
  await worker.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
  });
}

function annotation(articleId: string, start: number, end: number) {
  return {
    id: '0192f3a4-0000-7000-8000-00000000e2e1',
    articleId,
    start,
    end,
    exact: 'army',
    prefix: '',
    suffix: '',
    labelId: 'actor-label',
    target: null,
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId: 'ada',
    status: 'accepted',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    deleted: 0,
  };
}

describe('restoring a bad backup', () => {
  test('an annotation past its text or pointing to a missing article is refused, and nothing changes', async () => {
    const { page } = session;
    const backup = JSON.parse(await downloadBackup(page)) as Backup;
    const before = await everyStore(page);
    const [first] = backup.tables.articles;
    if (!first) throw new Error('the backup holds no article');
    backup.tables.annotators.push({ id: 'ada', name: 'Ada', role: 'annotator' });

    const pastTheEnd = structuredClone(backup);
    pastTheEnd.tables.annotations.push(annotation(first.id, 5, 999999));
    await chooseBackup(page, 'past-the-end.json', JSON.stringify(pastTheEnd));
    const error = page.getByTestId('restore-error');
    await expect
      .poll(() => error.textContent())
      .toContain('past-the-end.json was not restored. Nothing was changed.');
    expect(await error.textContent()).toContain(
      `tables.annotations[0].end (999999) is past the end of article "${first.id}" (its text is ${first.text.length} UTF-16 code units long)`,
    );
    expect(await page.getByRole('dialog').count()).toBe(0);
    await error.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'restore-refused');
    expect(await everyStore(page)).toEqual(before);

    const missing = structuredClone(backup);
    missing.tables.annotations.push(annotation('no-such-article', 0, 4));
    await chooseBackup(page, 'missing-article.json', JSON.stringify(missing));
    await expect
      .poll(() => error.textContent())
      .toContain(
        'tables.annotations[0].articleId "no-such-article" is not one of the articles in this backup',
      );
    expect(await everyStore(page)).toEqual(before);
  });
});

describe('links in a backup', () => {
  test('a javascript: link gets the warning import gives, and is not restored', async () => {
    const { page } = session;
    const backup = JSON.parse(await downloadBackup(page)) as Backup;
    const [first] = backup.tables.articles;
    if (!first) throw new Error('the backup holds no article');
    first.url = 'javascript:alert(1)';
    await chooseBackup(page, 'link.json', JSON.stringify(backup));
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `tables.articles[0] ("${first.title}"): dropped the link "javascript:alert(1)" (only http and https links are kept)`,
    );
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByTestId('restore-status').textContent()).toContain('Restored');
    const stored = await readStore<{ id: string; url: string | null }>(page, 'articles');
    expect(stored.find((article) => article.id === first.id)?.url).toBeNull();
  });
});

describe('a full disk is named in plain words', () => {
  test('a restore that cannot be written says the storage is full, and nothing changes', async () => {
    const { page } = session;
    const backup = await downloadBackup(page);
    const before = await everyStore(page);
    await chooseBackup(page, 'backup.json', backup);
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor();
    await fillDiskInImportWorker(page);
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    const error = page.getByTestId('restore-error');
    await expect.poll(() => error.textContent()).toContain(STORAGE_FULL);
    expect(await error.textContent()).toContain('Free space');
    expect(await error.textContent()).not.toContain('QuotaExceededError');
    expect(await everyStore(page)).toEqual(before);
  });

  test('an import that cannot be written says the storage is full, and nothing changes', async () => {
    const { page } = session;
    await page.goto(appUrl('#/exchange'));
    await page.getByTestId('export-summary').waitFor();
    const before = await everyStore(page);
    await page.getByLabel('Annotation file').setInputFiles({
      name: 'corpus.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join('tests', 'fixtures', 'bad', 'csv-formula-cells.csv')),
    });
    await page.getByTestId('import-preview').waitFor();
    await fillDiskInImportWorker(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const error = page.getByTestId('import-error');
    await expect.poll(() => error.textContent()).toContain(STORAGE_FULL);
    expect(await error.textContent()).not.toContain('QuotaExceededError');
    expect(await everyStore(page)).toEqual(before);
  });
});

describe('Cancel', () => {
  test('while a backup is being checked: it stops, and nothing changes', async () => {
    const { page } = session;
    const backup = await downloadBackup(page);
    const before = await everyStore(page);
    // The check ends by counting every table: held, it waits until Cancel.
    await holdStores(page, [
      'outlets',
      'articles',
      'annotations',
      'codebooks',
      'lexicon',
      'annotators',
      'meta',
    ]);
    await chooseBackup(page, 'held.json', backup);
    const status = page.getByTestId('restore-status');
    await expect.poll(() => status.textContent()).toBe('Checking held.json…');
    await page.getByRole('progressbar', { name: 'Restore progress' }).waitFor();
    await page.locator('#restore').evaluate((section) => section.scrollIntoView());
    await screenshot(page, 'restore-checking');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('The restore of held.json was cancelled: nothing was changed.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await releaseStores(page);
    expect(await everyStore(page)).toEqual(before);

    // The pipeline works again after a Cancel: the same file now reaches the confirmation.
    await chooseBackup(page, 'again.json', backup);
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await everyStore(page)).toEqual(before);
  });
});
