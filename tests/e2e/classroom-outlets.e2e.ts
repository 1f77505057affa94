import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { assignOutletCodes } from '../../src/domain/classroom/outlet-codes';
import {
  appUrl,
  checkedSessions,
  openApp,
  readDownload,
  readStore,
  screenshot,
  writeRecord,
} from './harness';
import { seeds } from './seeds';

/*
 * Outlet-blind in the library and in exports, and classroom files dropped on the window.
 * Opening an assignment file belongs to the Classroom page; here a received outlet-blind
 * assignment over the five seed articles is written straight into IndexedDB (raw API).
 */

const sessions = checkedSessions();

const ASSIGNMENT_ID = '0192f3a4-c1a5-7000-8000-00000000a551';
const seedOutlets = seeds.map((seed) => seed.outlet);

/** A whole-word, case-insensitive pattern for an outlet name ("RT" must not match "sort"). */
function namePattern(name: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

function leakedNames(text: string): string[] {
  return seedOutlets.filter((name) => namePattern(name).test(text));
}

async function writeReceivedAssignment(page: Page): Promise<Record<string, string>> {
  const articles = await readStore<{ id: string; outletId: string }>(page, 'articles');
  expect(articles).toHaveLength(seeds.length);
  const outletCodes = assignOutletCodes(
    ASSIGNMENT_ID,
    articles.map((article) => article.outletId),
  );
  const assignment = {
    id: ASSIGNMENT_ID,
    revision: 1,
    role: 'student',
    title: 'Framing lesson',
    instructions: 'Mark every loaded term.',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: 'teacher-1', name: 'Ms Haddad' },
    mode: { suggestions: false, outletBlind: true },
    articleIds: articles.map((article) => article.id),
    outletCodes,
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
  };
  await writeRecord(page, 'assignments', assignment);
  return outletCodes;
}

async function openMaskedLibrary(): Promise<Page> {
  const session = await openApp('#/');
  sessions.push(session);
  const { page } = session;
  await page.getByRole('link', { name: seeds[0]?.title ?? '' }).waitFor();
  await writeReceivedAssignment(page);
  await page.reload();
  await page.getByRole('heading', { name: /^Outlet A/ }).waitFor();
  return page;
}

async function downloadAs(page: Page, format: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    // Not Label Studio's second button, "Download the labeling config (XML)".
    page.getByRole('button', { name: /^Download (?!the labeling)/ }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

describe('outlet-blind in the library and in exports', () => {
  test('the library shows codes only, search does not find a hidden outlet, exports carry codes', async () => {
    const page = await openMaskedLibrary();
    // Five seeds from five outlets: five codes, A to E, and every title still listed.
    for (const letter of ['A', 'B', 'C', 'D', 'E']) {
      await page.getByRole('heading', { name: new RegExp(`^Outlet ${letter}`) }).waitFor();
    }
    for (const seed of seeds) await page.getByRole('link', { name: seed.title }).waitFor();
    const libraryText = await page.evaluate(() => document.body.innerText);
    expect(leakedNames(libraryText)).toEqual([]);
    await screenshot(page, 'classroom-outlets-library');

    // Ungrouped, each card names its outlet: still the code.
    await page.getByRole('checkbox', { name: 'Group by outlet' }).uncheck();
    await page.getByText('Outlet A', { exact: true }).first().waitFor();
    expect(leakedNames(await page.evaluate(() => document.body.innerText))).toEqual([]);

    // The Tasnim text says "TEHRAN (Tasnim)", yet a search for the outlet finds nothing.
    const search = page.getByRole('searchbox', { name: 'Search titles and text' });
    await search.fill('Tasnim');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent())
      .toBe('0 of 5 articles match “Tasnim”.');
    await search.fill('Outlet');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent())
      .toBe('5 of 5 articles match “Outlet”.');

    await page.goto(appUrl('#/exchange'));
    await page.getByRole('radio', { name: 'Chosen outlets' }).check();
    await page.getByRole('checkbox', { name: /^Outlet A/ }).waitFor();
    expect(leakedNames(await page.evaluate(() => document.body.innerText))).toEqual([]);
    await page.getByRole('radio', { name: 'Everything' }).check();

    for (const format of [/FrameLens JSON/, /W3C/, /Label Studio/, /doccano/, /CSV/]) {
      const file = await downloadAs(page, format);
      expect(leakedNames(file.text), `${format}`).toEqual([]);
      expect(leakedNames(file.name), `${format}`).toEqual([]);
      for (const seed of seeds) {
        if (seed.url) expect(file.text, `${format}`).not.toContain(seed.url);
      }
    }
  });
});

describe('classroom files dropped on the window', () => {
  test('an assignment file dropped on the library goes to the Classroom page', async () => {
    const session = await openApp('#/');
    sessions.push(session);
    const { page } = session;
    await page.getByRole('link', { name: seeds[0]?.title ?? '' }).waitFor();
    const content = readFileSync(
      join('tests', 'fixtures', 'classroom-outlets', 'assignment-outlet-blind.json'),
      'utf8',
    );
    const handled = await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([text], 'framelens-assignment-framing-lesson-r1.json', {
          type: 'application/json',
        }),
      );
      const target = document.querySelector('ul[aria-label="Articles"]') ?? document.body;
      const over = new DragEvent('dragover', {
        dataTransfer: transfer,
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(over);
      const drop = new DragEvent('drop', {
        dataTransfer: transfer,
        bubbles: true,
        cancelable: true,
      });
      target.dispatchEvent(drop);
      return { over: over.defaultPrevented, drop: drop.defaultPrevented };
    }, content);
    // Both taken by the window (or the browser would leave the app to show the file).
    expect(handled).toEqual({ over: true, drop: true });
    await expect.poll(() => new URL(page.url()).hash).toBe('#/classroom');
    await page
      .getByText(
        '“framelens-assignment-framing-lesson-r1.json” is a classroom file: opening it on the Classroom page.',
      )
      .waitFor();
    await page.getByRole('heading', { name: 'Classroom', level: 1 }).waitFor();
  });

  test('a file that is not a classroom file, dropped on the window, is ignored', async () => {
    const session = await openApp('#/');
    sessions.push(session);
    const { page } = session;
    await page.getByRole('link', { name: seeds[0]?.title ?? '' }).waitFor();
    const dropped = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
      const drop = new DragEvent('drop', {
        dataTransfer: transfer,
        bubbles: true,
        cancelable: true,
      });
      document.body.dispatchEvent(drop);
      return drop.defaultPrevented;
    });
    expect(dropped).toBe(true);
    // Still the library, nothing said.
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
  });

  test('an assignment file chosen on the Import page goes to the Classroom page', async () => {
    const session = await openApp('#/exchange');
    sessions.push(session);
    const { page } = session;
    await page
      .getByLabel('Annotation file')
      .setInputFiles(
        join('tests', 'fixtures', 'classroom-outlets', 'assignment-outlet-blind.json'),
      );
    await expect.poll(() => new URL(page.url()).hash).toBe('#/classroom');
    await page
      .getByText(
        '“assignment-outlet-blind.json” is a classroom file: opening it on the Classroom page.',
      )
      .waitFor();
    expect(await page.getByTestId('import-error').count()).toBe(0);
  });
});
