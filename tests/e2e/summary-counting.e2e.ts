import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appUrl, openApp, screenshot, writeRecord, type AppSession } from './harness';

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

const TEXT =
  'Officials said the militants attacked the town. Reporters called the fighters rebels.';
const GOLD = 'Gold — curated by Ms Rivera';
const STUDENTS = ['Ana', 'Ben', 'Cy', 'Dee'];

function at(word: string): { start: number; end: number; exact: string } {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length, exact: word };
}

let counter = 0;
function annotation(annotatorId: string, word: string) {
  counter += 1;
  const { start, end, exact } = at(word);
  return {
    id: `0192f3a4-0000-7000-8000-${String(counter).padStart(12, '0')}`,
    articleId: 'art-count',
    start,
    end,
    exact,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(end, end + 32),
    labelId: 'actor-label',
    target: null,
    valence: -1,
    voice: 'own',
    note: '',
    annotatorId,
    status: 'accepted',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    deleted: 0,
  };
}

/**
 * One article; "militants" marked by all four students and the gold, "fighters" by the gold
 * only, "rebels" by Ana only.
 */
function fixtureFile(): string {
  const annotators = [
    { id: 'ann-gold', name: GOLD, role: 'annotator' },
    ...STUDENTS.map((name) => ({ id: `ann-${name}`, name, role: 'student' })),
  ];
  return JSON.stringify({
    format: 'framelens',
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    source: 'FrameLens',
    outlets: [{ id: 'out-count', name: 'Northwind Daily' }],
    articles: [
      {
        id: 'art-count',
        outletId: 'out-count',
        title: 'Town attacked',
        url: null,
        published: '2024-11-28',
        language: 'en',
        textHash: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
        wordCount: 13,
        source: 'paste',
        addedAt: '2026-11-20T09:00:00.000Z',
        text: TEXT,
      },
    ],
    annotations: [
      annotation('ann-gold', 'militants'),
      annotation('ann-gold', 'fighters'),
      ...STUDENTS.map((name) => annotation(`ann-${name}`, 'militants')),
      annotation('ann-Ana', 'rebels'),
    ],
    annotators,
  });
}

async function importFixture(page: Page): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByLabel('Annotation file').setInputFiles({
    name: 'counting.framelens.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixtureFile(), 'utf8'),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor();
}

const totals = (page: Page) => page.getByText(/^\d+ outlets? ·/).textContent();
const counting = (page: Page) => page.getByTestId('summary-counting').textContent();

describe('summary counting', () => {
  test('counts the gold by default, each place once for several, every annotator on request', async () => {
    const { page } = session;
    await importFixture(page);
    await page.goto(appUrl('#/summary'));
    await page.getByRole('heading', { name: 'Framing summary', level: 1 }).waitFor();

    // Default: no key, a curated gold → the gold's 2 annotations (militants, fighters).
    await expect.poll(() => counting(page)).toContain(`Counting: ${GOLD}'s annotations`);
    await expect.poll(() => totals(page)).toContain('· 2 annotations');

    // All five chosen: militants (5 spans, one place) + fighters + rebels = 3 places.
    const annotators = page.getByRole('group', { name: /^Annotators/ });
    for (const name of STUDENTS) await annotators.getByRole('checkbox', { name }).check();
    await expect.poll(() => counting(page)).toContain('Counting 5 annotators, each place once');
    await expect.poll(() => totals(page)).toContain('· 3 annotations');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'summary-counting-once');

    // Count every annotator: militants 5 + fighters 1 + rebels 1 = 7.
    await page.getByRole('checkbox', { name: /^Count every annotator/ }).check();
    await expect.poll(() => counting(page)).toContain('Counting 5 annotators, every annotation');
    await expect.poll(() => totals(page)).toContain('· 7 annotations');

    // One student alone: Ana's militants + rebels = 2.
    for (const name of [GOLD, 'Ben', 'Cy', 'Dee']) {
      await annotators.getByRole('checkbox', { name }).uncheck();
    }
    await expect.poll(() => counting(page)).toContain("Counting: Ana's annotations");
    await expect.poll(() => totals(page)).toContain('· 2 annotations');

    // Back to the default.
    await page.getByRole('button', { name: /^Use the default/ }).click();
    await expect.poll(() => counting(page)).toContain(`Counting: ${GOLD}'s annotations`);
  });

  test('outlet-blind: the summary shows the code, never the outlet’s name', async () => {
    const { page } = session;
    await importFixture(page);
    // A received outlet-blind assignment (what opening an assignment file stores), written
    // straight into IndexedDB: opening assignment files is another part's page.
    await writeRecord(page, 'assignments', {
      id: '0192f3a4-0000-7000-8000-00000000a001',
      revision: 1,
      role: 'student',
      title: 'Naming the fighters',
      instructions: '',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      dueDate: null,
      teacher: { id: 'ann-teacher', name: 'Ms Rivera' },
      mode: { suggestions: false, outletBlind: true },
      articleIds: ['art-count'],
      outletCodes: { 'out-count': 'Outlet A' },
      codebook: null,
      lexicon: [],
      keyAnnotatorId: null,
      revealed: false,
      studentId: null,
    });
    await page.goto(appUrl('#/summary'));
    await page.reload();
    await page.getByRole('heading', { name: 'Framing summary', level: 1 }).waitFor();
    await expect.poll(() => totals(page)).toContain('· 2 annotations');
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Outlet A (1 article)' }).waitFor();
    await expect.poll(() => page.locator('body').textContent()).not.toContain('Northwind Daily');
    expect(await page.locator('body').textContent()).toContain('Outlet A');
  });
});
