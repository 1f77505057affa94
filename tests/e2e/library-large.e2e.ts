import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, openApp, screenshot, type AppSession } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  seedByOutlet,
  textOf,
} from './reader-helpers';

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

const EXTRA = 45;

/**
 * Stores EXTRA articles of "Aardvark Daily" (first A–Z) with the raw IndexedDB API, each with
 * its card as the app keeps them: "Story i" published in the year 1980 + i.
 */
async function storeAardvarkArticles(page: Page): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const stores = ['outlets', 'articles', 'articleCards'];
          const transaction = database.transaction(stores, 'readwrite');
          transaction
            .objectStore('outlets')
            .put({ id: 'o-aardvark', name: 'Aardvark Daily', nameKey: 'aardvark daily' });
          for (let i = 0; i < count; i += 1) {
            const card = {
              id: `aardvark-${i}`,
              outletId: 'o-aardvark',
              title: `Story ${i}`,
              url: null,
              published: String(1980 + i),
              language: 'en',
              textHash: `aardvark-hash-${i}`,
              wordCount: 4,
              source: 'paste',
              addedAt: '2026-12-01T09:00:00.000Z',
            };
            transaction.objectStore('articles').put({ ...card, text: `Story number ${i}.` });
            transaction.objectStore('articleCards').put(card);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    EXTRA,
  );
}

const titles = (page: Page) => page.locator('[data-testid="article-title"]').allTextContents();

test('a larger library opens at its newest articles and scrolls, sorts and counts them all', async () => {
  const { page } = session;
  await page.locator('[data-testid="article-title"]').first().waitFor();
  await storeAardvarkArticles(page);
  await page.reload();
  await page.locator('[data-testid="article-title"]').first().waitFor();
  // 5 seed articles + 45 = 50; 5 seed outlets + Aardvark Daily = 6.
  await expect
    .poll(() => textOf(page.getByText(/articles from/)))
    .toBe('50 articles from 6 outlets');
  expect(await textOf(page.locator('[data-outlet-group]').first())).toBe('Aardvark Daily (45)');
  // Newest first: 1980 + 44 = 2024 is "Story 44", then 43, 42.
  expect((await titles(page)).slice(0, 3)).toEqual(['Story 44', 'Story 43', 'Story 42']);
  await screenshot(page, 'library-larger');

  // The whole list follows: at the end of the page, the last outlet (Yalla TV) and its article.
  const yalla = seedByOutlet('Yalla TV');
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return (await titles(page)).includes(yalla.title);
    })
    .toBe(true);

  // Every article is sortable: oldest first, ungrouped, starts with 1980's "Story 0".
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel('Group by outlet').uncheck();
  await page.getByLabel('Sort').selectOption('oldest');
  await expect.poll(async () => (await titles(page))[0]).toBe('Story 0');
});

test('the library counts live annotations after annotating and deleting', async () => {
  const { page } = session;
  const rt = seedByOutlet('RT');
  const rtRow = () => textOf(page.getByRole('link', { name: rt.title }));
  await page.locator('[data-testid="article-title"]').first().waitFor();
  // The row reads title, date, "N words", the language (the seed's "en" → English), the count.
  await expect.poll(rtRow).toMatch(/wordsEnglish0 annotations$/);

  await openSeedArticle(page, 'RT');
  await dragSelect(page, rt.text, 'terrorist group');
  await page.keyboard.press('1');
  await nameAnnotatorIfAsked(page, 'Ada');
  await page
    .getByRole('list', { name: 'Annotations in text order' })
    .getByRole('button', { name: /terrorist group/ })
    .waitFor();
  await page.goto(appUrl('#/'));
  await expect.poll(rtRow).toMatch(/wordsEnglish1 annotation$/);

  await page.getByRole('link', { name: rt.title }).click();
  await page.locator('[data-article-text] p').first().waitFor();
  const listed = page.getByRole('list', { name: 'Annotations in text order' });
  await listed.getByRole('button', { name: /terrorist group/ }).click();
  await page
    .getByRole('region', { name: 'Selected annotation' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect.poll(() => listed.getByRole('button', { name: /terrorist group/ }).count()).toBe(0);
  await page.goto(appUrl('#/'));
  await expect.poll(rtRow).toMatch(/wordsEnglish0 annotations$/);
});
