import { afterEach, beforeEach, describe, expect, test } from 'vitest';
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
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

describe('offline', () => {
  test('after one visit the app loads, annotates and exports with no network', async () => {
    const { page, context } = session;
    await page.locator('[data-testid="article-title"]').first().waitFor();
    // The service worker installs on the first visit and controls the page from the next load.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-testid="article-title"]').first().waitFor();
    await openSeedArticle(page, 'RT');
    await dragSelect(page, rt.text, 'counterattack');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect
      .poll(async () =>
        (await readStore<{ exact: string }>(page, 'annotations')).map((a) => a.exact),
      )
      .toEqual(['counterattack']);
    await expect.poll(() => textOf(page.locator('[data-save-state]'))).toBe('All changes saved');

    // Export still works offline (its page and worker come from the precache).
    await page.goto(appUrl('#/exchange'));
    await page.getByTestId('export-summary').waitFor();
    await page.getByRole('radio', { name: /Everything/ }).check();
    await page
      .getByRole('radio', { name: /FrameLens JSON/ })
      .first()
      .check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download / }).click(),
    ]);
    const exported = JSON.parse(await readDownload(download)) as {
      annotations: { exact: string }[];
    };
    expect(exported.annotations.map((a) => a.exact)).toEqual(['counterattack']);
    await context.setOffline(false);
  });

  test('the page ships a strict Content-Security-Policy and a web app manifest', async () => {
    const { page } = session;
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "img-src 'self' data: blob:",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = (await page.evaluate(
      (href) => fetch(href).then((response) => response.json()),
      manifestHref ?? '',
    )) as { name: string; icons: { sizes: string }[] };
    expect(manifest.name).toBe('FrameLens');
    expect(manifest.icons.map((icon) => icon.sizes)).toContain('512x512');
  });
});

describe('several tabs and upgrades', () => {
  test('a newer database version opened elsewhere makes this tab reload instead of blocking it', async () => {
    const { page } = session;
    await page.locator('[data-testid="article-title"]').first().waitFor();
    let reloaded = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });
    // The newer version is played by a same-origin document that does not run the app itself
    // (the app in a second tab would reload too, tearing down the script doing the upgrade).
    const other = await session.context.newPage();
    await other.goto(appUrl('favicon.svg'));
    // What a newer FrameLens does on open: ask for a higher version of the same database.
    const outcome = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('framelens', 1000);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve(`error: ${String(request.error)}`);
        }),
    );
    expect(outcome).toBe('upgraded');
    await expect.poll(() => reloaded).toBe(true);
  });
});
