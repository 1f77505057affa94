import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { assignOutletCodes } from '../../src/domain/classroom/outlet-codes';
import { defaultLexicon } from '../../src/domain/lexicon/default-lexicon';
import { compileLexicon, findMatches } from '../../src/domain/lexicon/match-lexicon';
import { appUrl, openApp, readStore, screenshot, writeRecord, type AppSession } from './harness';
import { openSeedArticle, paintedHighlights } from './reader-helpers';
import { seeds } from './seeds';

interface StoredPersonalTerm {
  canonical: string;
  forms: string[];
  labelId: string;
  valence: number;
  origin: string;
  source?: string;
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

const escaped = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const builtIn = compileLexicon(defaultLexicon);

/**
 * Another seed outlet whose text uses `term` as a whole word (any case), if any, somewhere a
 * longer built-in term does not cover it: matching is leftmost-longest, so "army" in "Syrian
 * army" is suggested as the built-in "Syrian army", not as the new term.
 */
function otherOutletUsing(term: string, outlet: string): string | undefined {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(term)}(?![\\p{L}\\p{N}])`, 'giu');
  return seeds.find((seed) => {
    if (seed.outlet === outlet) return false;
    const longer = findMatches(builtIn, seed.text);
    return [...seed.text.matchAll(word)].some(({ index, 0: found }) => {
      const end = index + found.length;
      return !longer.some(
        (match) =>
          match.start <= index && end <= match.end && match.end - match.start > found.length,
      );
    });
  })?.outlet;
}

async function openDiscovery(page: Page): Promise<void> {
  await page.goto(appUrl('#/discover'));
  await page.getByRole('heading', { name: 'Candidate loaded terms', level: 1 }).waitFor();
  await expect
    .poll(() => page.getByTestId('discovery-status').textContent(), { timeout: 60_000 })
    .toBe('Up to date');
}

/** The first candidate (outlet by outlet) not in the lexicon that another outlet also uses. */
async function addableCandidate(page: Page) {
  for (const seed of seeds) {
    const section = page.getByRole('region', { name: seed.outlet, exact: true });
    const rows = section
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Add “/ }) });
    for (const row of await rows.all()) {
      const term = (await row.getByRole('rowheader').textContent()) ?? '';
      const other = otherOutletUsing(term, seed.outlet);
      if (!other) continue;
      // Found again by its term: once the form opens, the row no longer has the filter's button.
      const stable = section
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: term, exact: true }) });
      return { term, outlet: seed.outlet, other, row: stable };
    }
  }
  throw new Error('fixture: no candidate that another seed outlet uses');
}

/** The text of the label of the focused form field. */
function focusedLabel(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const field = document.activeElement as HTMLSelectElement | null;
    return field?.labels?.[0]?.firstChild?.textContent?.trim();
  });
}

async function zScores(section: Locator): Promise<string[]> {
  return section
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => row.querySelectorAll('td')[0]?.textContent ?? ''),
    );
}

describe('candidate loaded terms', () => {
  test('lists each outlet’s distinctive terms with z-scores and uses in context', async () => {
    const { page } = session;
    await openDiscovery(page);
    for (const seed of seeds) {
      const section = page.getByRole('region', { name: seed.outlet, exact: true });
      const scores = await zScores(section);
      expect(scores.length).toBeGreaterThan(0);
      for (const score of scores) expect(score).toMatch(/^\d+\.\d$/);
      const numbers = scores.map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    }
    // Every use shown in context is the term itself, as the article writes it.
    const first = page
      .getByRole('region', { name: seeds[0]?.outlet ?? '' })
      .getByRole('row')
      .nth(1);
    const term = (await first.getByRole('rowheader').textContent()) ?? '';
    const keyword = (await first.locator('mark').first().textContent()) ?? '';
    expect(keyword.toLowerCase().replace(/[\s-]+/g, ' ')).toBe(term.replace(/[\s-]+/g, ' '));

    // By keyboard: Enter opens the form on its first field, Escape closes it and the focus
    // returns to the button.
    const add = page.getByRole('button', { name: /^Add “.+” to lexicon$/ }).first();
    const name = (await add.getAttribute('aria-label')) ?? '';
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe('Label');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(name);
  }, 120_000);

  test('adds a candidate with one click on Add; another outlet’s article then suggests it', async () => {
    const { page } = session;
    await openDiscovery(page);
    const { term, outlet, other, row } = await addableCandidate(page);
    await row.getByRole('button', { name: `Add “${term}” to lexicon` }).click();
    const form = row.getByRole('form', { name: `Add “${term}” to your lexicon` });
    await expect.poll(() => form.getByLabel('Label').inputValue()).toBe('loaded-language');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await row.getByText('In your lexicon').waitFor();
    const stored = await readStore<StoredPersonalTerm>(page, 'personalLexicon');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      canonical: term,
      labelId: 'loaded-language',
      valence: -1,
      origin: 'discovered',
    });
    expect(stored[0]?.forms).toContain(term);
    expect(stored[0]?.source).toMatch(/^Discovered in the corpus \(z = \d+\.\d\)$/);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, `discovery-added-${outlet.replace(/\W+/g, '-')}`);

    await openSeedArticle(page, other);
    await expect
      .poll(
        async () =>
          ((await paintedHighlights(page))['fl-suggestion'] ?? []).map((text) =>
            text.toLowerCase(),
          ),
        { timeout: 30_000 },
      )
      .toContain(term);
  }, 180_000);
});

/** A received, unrevealed outlet-blind assignment over the seed articles (raw IndexedDB). */
async function writeBlindAssignment(page: Page): Promise<void> {
  const articles = await readStore<{ id: string; outletId: string }>(page, 'articles');
  const id = '0192f3a4-c1a5-7000-8000-00000000d15c';
  await writeRecord(page, 'assignments', {
    id,
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
    outletCodes: assignOutletCodes(
      id,
      articles.map((article) => article.outletId),
    ),
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
  });
}

async function deleteSeedArticle(page: Page, title: string): Promise<void> {
  await page.goto(appUrl('#/'));
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByRole('button', { name: 'Delete article…' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this article?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  // The app goes to the library once the article is deleted: wait for that, or a page.goto
  // made meanwhile is undone by it.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/');
  await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
  await page.getByRole('link', { name: title }).waitFor({ state: 'detached' });
}

describe('links to discovery', () => {
  test('the Summary and Settings → Lexicon link to Candidate loaded terms', async () => {
    const { page } = session;
    for (const [from, within] of [
      ['#/summary', 'main'],
      ['#/settings', 'section#lexicon'],
    ] as const) {
      await page.goto(appUrl(from));
      await page.locator(within).getByRole('link', { name: 'Candidate loaded terms' }).click();
      await page.getByRole('heading', { name: 'Candidate loaded terms', level: 1 }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/discover');
    }
  }, 120_000);
});

describe('choosing what discovery reads', () => {
  test('outlet-blind shows the outlets’ codes, never their names', async () => {
    const { page } = session;
    await page.getByRole('link', { name: seeds[0]?.title ?? '' }).waitFor();
    await writeBlindAssignment(page);
    // Written behind the app's back: a reload makes it read the assignment.
    await page.reload();
    await openDiscovery(page);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E']);
    const outlets = page.getByRole('group', { name: /^Outlets/ });
    const choices = await outlets
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
    expect(choices.map((choice) => choice.replace(/ \d+ articles?$/, ''))).toEqual([
      'Outlet A',
      'Outlet B',
      'Outlet C',
      'Outlet D',
      'Outlet E',
    ]);
  }, 120_000);

  test('one chosen outlet, or a library of one outlet, says what discovery needs', async () => {
    const { page } = session;
    await openDiscovery(page);
    const outlets = page.getByRole('group', { name: /^Outlets/ });
    for (const seed of seeds.slice(1)) {
      await outlets
        .getByRole('checkbox', { name: new RegExp(`^${escaped(seed.outlet)} `) })
        .uncheck();
    }
    await page
      .getByText('Discovery compares outlets: choose articles from at least two outlets.')
      .waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    await outlets.getByRole('button', { name: 'Choose all' }).click();
    await page.getByRole('heading', { name: seeds[1]?.outlet ?? '', level: 2 }).waitFor();

    for (const seed of seeds.slice(1)) await deleteSeedArticle(page, seed.title);
    await openDiscovery(page);
    await page.getByText('Discovery needs articles from at least two outlets.').waitFor();
    expect(await page.getByRole('group', { name: /^Outlets/ }).count()).toBe(0);
  }, 180_000);
});
