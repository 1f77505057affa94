import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appUrl, openApp, screenshot, type AppSession } from './harness';
import { paintedHighlights } from './reader-helpers';

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
    expect(session.problems, 'no console errors or uncaught exceptions').toEqual([]);
  } finally {
    await session.close();
  }
});

/** A fictional report on a protest, written for this test (not from any test set). */
const PROTEST = [
  'Riot police lined Harbour Square on Saturday as thousands marched against the new curfew.',
  'The mayor said rioters had smashed shop windows and claimed that the march was organised by outside agitators. Police cracked down after dark.',
  'Organisers claimed the title of the largest march in a decade and said the protest was peaceful.',
].join('\n\n');

describe('the broad shipped lexicon in the reader', () => {
  test('a protest report gets its loaded terms suggested, and not the plain ones', async () => {
    const { page } = session;
    await page.getByRole('list', { name: 'Articles' }).waitFor();
    await page.goto(appUrl('#/add'));
    await page.getByRole('heading', { name: 'Add an article' }).waitFor();
    await page.getByLabel('Outlet', { exact: true }).fill('The Harbour Courier');
    await page.getByLabel('Title').fill('Curfew march');
    await page.getByLabel('Article text').fill(PROTEST);
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect.poll(() => page.locator('#article-title').textContent()).toBe('Curfew march');

    // Loaded, by hand: "rioters" (a label), "claimed that" (doubt), "outside agitators" (a
    // label), "cracked down" (action). Plain: "Riot police", "claimed the title", "said",
    // "Police", "protest", "marched".
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-suggestion'] ?? [])
      .toEqual(['claimed', 'cracked down', 'outside agitators', 'rioters']);
    await screenshot(page, 'lexicon-protest-suggestions');
  });
});
