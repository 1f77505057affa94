import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { appUrl, openApp, type AppSession } from './harness';
import { paintedHighlights, textOf } from './reader-helpers';

interface VersionFixture {
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const v1 = JSON.parse(readFileSync('tests/fixtures/db/v1-database.json', 'utf8')) as VersionFixture;

let session: AppSession;

beforeEach(async () => {
  // Start on a same-origin document that is not the app, so nothing opens the database first.
  session = await openApp('favicon.svg');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

test('a database left by version 1 opens in the current app with every annotation intact', async () => {
  const { page } = session;
  // Write the version-1 database with the raw IndexedDB API, exactly as Dexie 4 lays out
  // `version(1).stores(schema)`: IndexedDB version 10, primary key first, "&" = unique,
  // "[a+b]" = compound index.
  await page.evaluate(
    (fixture) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('framelens', 10);
        request.onupgradeneeded = () => {
          const database = request.result;
          for (const [name, spec] of Object.entries(fixture.schema)) {
            const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
            const store = database.createObjectStore(name, { keyPath: primary });
            for (const index of indexes) {
              const unique = index.startsWith('&');
              const indexName = index.replace(/^&/, '');
              const keyPath = indexName.startsWith('[')
                ? indexName.slice(1, -1).split('+')
                : indexName;
              store.createIndex(indexName, keyPath, { unique });
            }
          }
        };
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(Object.keys(fixture.tables), 'readwrite');
          for (const [name, rows] of Object.entries(fixture.tables)) {
            for (const row of rows) transaction.objectStore(name).add(row);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }),
    v1,
  );

  await page.goto(appUrl('#/'));
  await page.locator('[data-testid="article-title"]').first().waitFor();
  expect(await page.locator('[data-testid="article-title"]').allTextContents()).toEqual([
    'Militants seize town',
  ]);
  // The row counts live accepted annotations only: n-1 (n-2 is rejected, n-3 a tombstone);
  // before the count: 6 words, its language ("en" in the version-1 fixture → English).
  await expect
    .poll(() => page.getByRole('link', { name: /Militants seize town/ }).textContent())
    .toMatch(/6 wordsEnglish1 annotation$/);
  await page.getByRole('link', { name: /Militants seize town/ }).click();
  await page.locator('[data-article-text] p').first().waitFor();
  // n-1 (accepted, Ada's) is listed and painted; n-2 is a rejected suggestion; n-3 a tombstone.
  await expect
    .poll(() => textOf(page.getByRole('list', { name: 'Annotations in text order' })))
    .toContain('Militants');
  expect(
    await page
      .getByRole('list', { name: 'Annotations in text order' })
      .getByRole('listitem')
      .count(),
  ).toBe(1);
  await expect
    .poll(async () => (await paintedHighlights(page))['fl-label-0'])
    .toEqual(['Militants']);
  expect(await textOf(page.getByText('Annotating as'))).toContain('Ada');
});
