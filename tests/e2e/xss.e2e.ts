import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, openApp, readStore, type AppSession } from './harness';
import { dragSelect, nameAnnotatorIfAsked } from './reader-helpers';

/** Each payload would set window.__xss (or open a dialog) if the app ever interpreted it. */
const payloads = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"><circle r=1 /></svg>',
  '<a href="javascript:window.__xss=\'link\'">click me</a>',
  'javascript:window.__xss="url"',
];
const payload = payloads.join(' ');

let session: AppSession;
let dialogs: string[];

beforeEach(async () => {
  session = await openApp('#/');
  dialogs = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element came out of the payloads, and no javascript: link exists anywhere.
  expect(
    await page.locator('main script, main img[src="x"], main svg[onload], main [onerror]').count(),
  ).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
}

test('payloads in article text, title, outlet, label name and note are shown as text, never run', async () => {
  const { page } = session;
  await page.locator('[data-testid="article-title"]').first().waitFor();

  // A label renamed to a payload (Settings → codebook editor).
  await page.goto(appUrl('#/settings'));
  const label = page
    .getByRole('list', { name: 'Labels' })
    .getByRole('group', { name: 'Actor label', exact: true });
  await label.getByLabel('Name', { exact: true }).fill(`<b>Label</b>${payloads[1]}`);
  await label.getByLabel('Name', { exact: true }).press('Enter');
  await expect
    .poll(
      async () =>
        (await readStore<{ labels: { name: string }[] }>(page, 'codebooks'))[0]?.labels[0]?.name,
    )
    .toBe(`<b>Label</b>${payloads[1]}`);

  // An article whose outlet, title and text are payloads.
  await page.goto(appUrl('#/add'));
  await page.getByRole('heading', { name: 'Add an article' }).waitFor();
  await page.getByLabel('Outlet', { exact: true }).fill(`<i>Outlet</i>${payloads[2]}`);
  await page.getByLabel('Title').fill(`<h1>Title</h1>${payloads[0]}`);
  const text = `Intro line.\n${payload}\nThe militants advanced.`;
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect
    .poll(() => page.locator('#article-title').textContent())
    .toBe(`<h1>Title</h1>${payloads[0]}`);
  expect(await page.getByTestId('article-outlet').textContent()).toBe(
    `<i>Outlet</i>${payloads[2]}`,
  );
  expect(await page.locator('[data-article-text]').textContent()).toContain(payload);

  // Annotate a word with the renamed label and give it a payload note.
  await dragSelect(page, text, 'militants');
  await page.keyboard.press('1');
  await nameAnnotatorIfAsked(page, '<script>window.__xss="name"</script>');
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  await editor.getByLabel('Note').fill(payload);
  await editor.getByLabel('Note').blur();
  await expect
    .poll(async () => (await readStore<{ note: string }>(page, 'annotations'))[0]?.note)
    .toBe(payload);
  expect(await page.getByRole('group', { name: 'Labels' }).textContent()).toContain('<b>Label</b>');

  // The library lists them as text too.
  await page.goto(appUrl('#/'));
  await page.getByRole('link', { name: /<h1>Title<\/h1>/ }).waitFor();
  await expectNothingRan(page);
});

test('a lexicon file full of payloads imports as text', async () => {
  const { page } = session;
  await page.goto(appUrl('#/settings'));
  await page.getByRole('list', { name: 'Labels' }).waitFor();
  const file = JSON.stringify({
    format: 'framelens-lexicon',
    version: 1,
    entries: [
      {
        id: 'lx-payload',
        pattern: payloads[0],
        forms: ['militants'],
        labelId: 'actor-label',
        valence: -1,
        canonical: payloads[1],
        note: payload,
      },
    ],
  });
  await page.getByLabel('Lexicon file to import').setInputFiles({
    name: 'payload.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page
    .getByRole('dialog', { name: 'Replace the lexicon?' })
    .getByRole('button', { name: 'Replace lexicon' })
    .click();
  await expect
    .poll(async () => (await readStore<{ note: string }>(page, 'lexicon')).map((e) => e.note))
    .toEqual([payload]);
  await page.getByLabel('Search the lexicon').fill('militants');
  await expect.poll(() => page.locator('main').textContent()).toContain(payloads[1]);
  await expectNothingRan(page);
});
