import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Every request any page of the session made. */
  requests: string[];
  /** Console errors, uncaught exceptions and CSP violations seen by any page. */
  problems: string[];
  newPage: () => Promise<Page>;
  /** Requests that left the app's origin. */
  foreignRequests: () => string[];
  close: () => Promise<void>;
}

/**
 * A fresh browser profile (its own IndexedDB) with every page watched for console errors,
 * uncaught exceptions and requests to other origins.
 */
export async function openApp(
  path = '#/',
  // phone: a 390 × 844 screen with touch input, as Chromium emulates a phone.
  { phone = false }: { phone?: boolean } = {},
): Promise<AppSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'framelens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    hasTouch: phone,
    isMobile: phone,
    acceptDownloads: true,
  });
  const requests: string[] = [];
  const problems: string[] = [];
  const origin = new URL(baseUrl()).origin;

  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  };
  // Context-wide: pages, their workers and the service worker's own fetches.
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  const newPage = async () => {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl()).href);
    return page;
  };
  const [first] = context.pages();
  const page = first ?? (await context.newPage());
  await page.goto(new URL(path, baseUrl()).href);

  return {
    context,
    page,
    requests,
    problems,
    newPage,
    foreignRequests: () =>
      requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        return new URL(url).origin !== origin;
      }),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export function appUrl(hash: string): string {
  return new URL(hash, baseUrl()).href;
}

/** Reads a whole object store of the app's IndexedDB through the raw browser API. */
export async function readStore<T = Record<string, unknown>>(
  page: Page,
  store: string,
): Promise<T[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const request = database
            .transaction(storeName, 'readonly')
            .objectStore(storeName)
            .getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Puts one record into an object store of the app's IndexedDB through the raw browser API:
 * for state another page makes (an assignment received, say) that a test only needs to exist.
 */
export async function writeRecord(page: Page, store: string, record: unknown): Promise<void> {
  await page.evaluate(
    ({ storeName, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(storeName, 'readwrite');
          transaction.objectStore(storeName).put(value);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { storeName: store, value: record },
  );
}

/** Saves a screenshot under test-results/, and under docs/screenshots/ when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join('test-results', `${name}.png`), fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await page.screenshot({ path: join('docs', 'screenshots', `${name}.png`), fullPage: false });
  }
}

/** The text content of a finished download. */
export async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/**
 * The sessions a test file opens, checked and closed after each test: no request may leave the
 * app's origin, and no console error, exception or CSP violation may have happened.
 */
export function checkedSessions(): AppSession[] {
  const sessions: AppSession[] = [];
  afterEach(async () => {
    try {
      for (const session of sessions) {
        expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
        expect(session.problems, 'no console errors, exceptions or CSP violations').toEqual([]);
      }
    } finally {
      for (const session of sessions.splice(0)) await session.close();
    }
  });
  return sessions;
}
