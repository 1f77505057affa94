import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  appUrl,
  openApp,
  readDownload,
  readStore,
  screenshot,
  writeRecord,
  type AppSession,
} from './harness';
import {
  clickTextAt,
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
  textOf,
} from './reader-helpers';

let session: AppSession;
const newArab = seedByOutlet('The New Arab');

beforeEach(async () => {
  session = await openApp('#/settings');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

/** "province": in The New Arab's text, not in the lexicon (a plain word, chosen for the test). */
const termsFile = (valence: number) =>
  JSON.stringify({
    format: 'framelens-lexicon',
    version: 1,
    entries: [
      {
        id: 'mine-province',
        pattern: 'province',
        forms: ['province'],
        labelId: 'loaded-language',
        valence,
        canonical: 'province',
        note: '',
      },
    ],
  });

// Whole-word "province" in The New Arab's text: the 1st–6th and 8th raw occurrences of
// "province" (the 7th is "provinces", a form the entry does not list): 7 suggestions.
const WHOLE_WORD_OCCURRENCES = 7;

async function suggested(page: Page, word: string): Promise<number> {
  const painted = (await paintedHighlights(page))['fl-suggestion'] ?? [];
  return painted.filter((text) => text === word).length;
}

async function importTerms(page: Page, name: string, content: string) {
  await page.getByLabel('Terms file to import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

async function rejectAt(page: Page, occurrence: number) {
  await clickTextAt(page, newArab.text, 'province', occurrence);
  await expect.poll(() => textOf(page.getByTestId('suggestion-quote'))).toBe('province');
  await page.keyboard.press('Backspace');
}

test(
  'import a term, see it suggested, reject it three times: muted; export it; offer it again',
  { timeout: 180_000 },
  async () => {
    const { page } = session;
    const yourTerms = page.getByRole('region', { name: 'Your terms' });
    await expect
      .poll(() => textOf(yourTerms.getByText('You have no terms of your own yet.')))
      .not.toBeNull();

    await importTerms(page, 'broken.json', termsFile(7));
    await expect
      .poll(() => textOf(yourTerms.getByRole('alert').locator('p')))
      .toBe(
        'Nothing was imported from “broken.json”: entries[0].valence must be an integer from -2 to 2',
      );
    expect(await readStore(page, 'personalLexicon')).toEqual([]);

    await importTerms(page, 'terms.json', termsFile(-1));
    const table = yourTerms.getByRole('table', { name: 'Your terms' });
    await expect.poll(() => textOf(table.locator('tbody tr'))).toContain('Imported');
    expect(await textOf(table.locator('tbody tr td').first())).toBe('province');

    await openSeedArticle(page, 'The New Arab');
    await expect.poll(() => suggested(page, 'province')).toBe(WHOLE_WORD_OCCURRENCES);
    await rejectAt(page, 1);
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(() => suggested(page, 'province')).toBe(WHOLE_WORD_OCCURRENCES - 1);
    await rejectAt(page, 2);
    await expect.poll(() => suggested(page, 'province')).toBe(WHOLE_WORD_OCCURRENCES - 2);
    // The third rejection mutes the entry: rank (0 + 1) / (0 + 3 + 2) = 0.2 < 0.25, so the
    // four occurrences left are no longer offered either.
    await rejectAt(page, 3);
    await expect.poll(() => suggested(page, 'province')).toBe(0);
    const feedback = await readStore<{ rejected: number; accepted: number }>(
      page,
      'suggestionFeedback',
    );
    expect(feedback.map(({ accepted, rejected }) => ({ accepted, rejected }))).toEqual([
      { accepted: 0, rejected: 3 },
    ]);

    await page.goto(appUrl('#/settings'));
    const muted = page.getByRole('list', { name: 'Muted for you' });
    await expect
      .poll(() => textOf(muted))
      .toBe('provincerejected 3 times, never acceptedOffer again');
    await yourTerms.evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'settings-your-terms');

    const download = page.waitForEvent('download');
    await yourTerms.getByRole('button', { name: 'Export your terms' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^framelens-your-terms-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readDownload(file)) as {
      format: string;
      entries: { canonical: string; forms: string[]; origin: string; valence: number }[];
    };
    expect(exported.format).toBe('framelens-lexicon');
    expect(
      exported.entries.map(({ canonical, forms, origin, valence }) => ({
        canonical,
        forms,
        origin,
        valence,
      })),
    ).toEqual([{ canonical: 'province', forms: ['province'], origin: 'imported', valence: -1 }]);

    await muted.getByRole('button', { name: 'Offer “province” again' }).click();
    await expect
      .poll(() => textOf(yourTerms.getByText('Nothing is muted.')))
      .toBe('Nothing is muted.');
    await openSeedArticle(page, 'The New Arab');
    // Offered again at the occurrences not rejected: 7 − 3 = 4.
    await expect.poll(() => suggested(page, 'province')).toBe(WHOLE_WORD_OCCURRENCES - 3);
    // Accepting one (the 4th raw occurrence) is counted too.
    await clickTextAt(page, newArab.text, 'province', 4);
    await expect.poll(() => textOf(page.getByTestId('suggestion-quote'))).toBe('province');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await readStore<{ accepted: number; rejected: number }>(page, 'suggestionFeedback')).map(
          ({ accepted, rejected }) => ({ accepted, rejected }),
        ),
      )
      .toEqual([{ accepted: 1, rejected: 0 }]);
  },
);

test(
  'remove a term of yours, then undo; a new assignment says the term goes with it',
  { timeout: 120_000 },
  async () => {
    const { page } = session;
    const yourTerms = page.getByRole('region', { name: 'Your terms' });
    await importTerms(page, 'terms.json', termsFile(-1));
    const remove = yourTerms.getByRole('button', { name: 'Remove “province”' });
    await remove.waitFor();
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => textOf(yourTerms.getByText('You have no terms of your own yet.')))
      .not.toBeNull();
    expect(await readStore(page, 'personalLexicon')).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await remove.waitFor();
    expect(
      (await readStore<{ canonical: string; origin: string }>(page, 'personalLexicon')).map(
        ({ canonical, origin }) => ({ canonical, origin }),
      ),
    ).toEqual([{ canonical: 'province', origin: 'imported' }]);

    // A teacher setting an assignment is told the term goes with the file.
    await page.goto(appUrl('#/classroom'));
    await page.getByRole('button', { name: 'New assignment' }).click();
    await expect
      .poll(() => textOf(page.getByTestId('assignment-your-terms')))
      .toBe(
        'Your term from Settings → Your terms goes with the assignment file: students get it among their own terms.',
      );
    await page.getByTestId('assignment-your-terms').scrollIntoViewIfNeeded();
    await screenshot(page, 'assignment-your-terms');
  },
);

test(
  'a backup holds your terms and the suggestion feedback, and restores them',
  {
    timeout: 120_000,
  },
  async () => {
    const { page } = session;
    await importTerms(page, 'terms.json', termsFile(-1));
    await page.getByRole('button', { name: 'Remove “province”' }).waitFor();
    const [stored] = await readStore<{ id: string }>(page, 'personalLexicon');
    const feedback = {
      annotatorId: 'ann-1',
      entryId: stored!.id,
      accepted: 0,
      rejected: 3,
      updatedAt: '2026-12-07T09:00:00.000Z',
    };
    await writeRecord(page, 'suggestionFeedback', feedback);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup = await readDownload(download);

    await yourTermsRemove(page);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'framelens-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor();
    const row = (name: string) =>
      dialog.getByTestId('restore-counts').getByRole('row').filter({ hasText: name });
    // Rows: table, rows now, rows in the backup — the term was removed since (0 now, 1 in the file);
    // the feedback record is in both.
    await expect.poll(() => row('Your terms').textContent()).toBe('Your terms01');
    expect(await row('Suggestion feedback').textContent()).toBe('Suggestion feedback11');
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByTestId('restore-status').textContent()).toContain('Restored');
    expect(
      (await readStore<{ canonical: string }>(page, 'personalLexicon')).map((t) => t.canonical),
    ).toEqual(['province']);
    expect(await readStore(page, 'suggestionFeedback')).toEqual([feedback]);
  },
);

async function yourTermsRemove(page: Page) {
  await page.getByRole('button', { name: 'Remove “province”' }).click();
  await expect.poll(async () => (await readStore(page, 'personalLexicon')).length).toBe(0);
}
