import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { appUrl, checkedSessions, openApp } from './harness';
import { sectionHeaded } from './classroom-helpers';
import { clickTextAt, nameAnnotatorIfAsked, openSeedArticle, seedByOutlet } from './reader-helpers';

/*
 * axe-core over every page in its main states: zero violations of any impact (the rules are in
 * tests/e2e/axe.ts). Each state is reached as a person reaches it, then checked whole.
 */

const sessions = checkedSessions();

async function open(path = '#/'): Promise<Page> {
  const session = await openApp(path);
  sessions.push(session);
  return session.page;
}

const SAMPLE_EXPORT = join('tests', 'fixtures', 'exchange', 'sample.framelens.json');
const THREE_ANNOTATORS = join(
  'tests',
  'e2e',
  'fixtures',
  'curation',
  'three-annotators.framelens.json',
);
const ASSIGNMENT = join('tests', 'fixtures', 'classroom', 'assignment.json');
const rt = seedByOutlet('RT');
const TERMS_FILE = JSON.stringify({
  format: 'framelens-lexicon',
  version: 1,
  entries: [
    {
      id: 'mine-province',
      pattern: 'province',
      forms: ['province'],
      labelId: 'loaded-language',
      valence: -1,
      canonical: 'province',
      note: '',
    },
  ],
});

/** "Annotation file" on the Import & export page, up to its preview (not imported). */
async function previewImport(page: Page, file: string): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByLabel('Annotation file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
}

async function importFile(page: Page, file: string): Promise<void> {
  await previewImport(page, file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

/** The same check at a phone's width (390 × 844), where targets crowd and layouts change. */
async function expectNoViolationsOnPhone(page: Page, label: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  // Two frames: the resize observers (charts, the virtual list) have seen the new width.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expectNoAxeViolations(page, `${label}, 390 px wide`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('every page passes axe-core', () => {
  test('library with the seeds, and add article', { timeout: 120_000 }, async () => {
    const page = await open('#/');
    await page.getByRole('link', { name: rt.title }).waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'library');
    await expectNoViolationsOnPhone(page, 'library');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Add article' })
      .click();
    await page.getByRole('heading', { name: 'Add an article', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'add article');
  });

  test(
    'reader: an annotation selected, then a suggestion current',
    { timeout: 120_000 },
    async () => {
      const page = await open('#/');
      await openSeedArticle(page, 'RT');
      await page.getByRole('region', { name: /Article text/ }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('1');
      await nameAnnotatorIfAsked(page, 'Ada');
      await page.getByRole('region', { name: 'Selected annotation' }).waitFor();
      await expectNoAxeViolations(page, 'reader, an annotation selected');
      await expectNoViolationsOnPhone(page, 'reader, an annotation selected');

      await page.keyboard.press('Escape');
      await clickTextAt(page, rt.text, 'unverified');
      await expect
        .poll(() => page.getByTestId('suggestion-quote').textContent())
        .toBe('unverified');
      await expectNoAxeViolations(page, 'reader, a suggestion current');
    },
  );

  test('summary with its charts drawn', { timeout: 120_000 }, async () => {
    const page = await open('#/');
    await importFile(page, SAMPLE_EXPORT);
    await page.getByRole('link', { name: 'Summary', exact: true }).click();
    await page.getByRole('heading', { name: 'Framing summary', level: 1 }).waitFor();
    await page
      .getByRole('img', { name: /Grouped bar chart/ })
      .locator('svg')
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'summary');
    await expectNoViolationsOnPhone(page, 'summary');
  });

  test('import & export with an import preview open', { timeout: 120_000 }, async () => {
    const page = await open('#/');
    await previewImport(page, SAMPLE_EXPORT);
    await expectNoAxeViolations(page, 'import & export, a preview open');
  });

  test(
    'settings, every section; a new lexicon entry; your terms listed',
    { timeout: 120_000 },
    async () => {
      const page = await open('#/settings');
      await page.getByRole('region', { name: 'Lexicon entries' }).waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Your terms', level: 2 }).waitFor();
      await expectNoAxeViolations(page, 'settings');

      await page.getByRole('button', { name: 'Add entry' }).click();
      await page.getByRole('form', { name: 'New lexicon entry' }).waitFor();
      await page.getByLabel('Terms file to import').setInputFiles({
        name: 'terms.json',
        mimeType: 'application/json',
        buffer: Buffer.from(TERMS_FILE),
      });
      await page
        .getByRole('table', { name: 'Your terms' })
        .getByRole('cell', { name: 'province' })
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'settings, a new lexicon entry and a term of your own');
    },
  );

  test('the Shortcuts sheet (?) in the reader', { timeout: 120_000 }, async () => {
    const page = await open('#/');
    await openSeedArticle(page, 'RT');
    await page.getByRole('region', { name: /Article text/ }).focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Shortcuts' }).waitFor();
    await expectNoAxeViolations(page, 'reader, the Shortcuts sheet open');
  });

  test(
    'classroom: the teacher’s page, a new assignment, the assignment open',
    { timeout: 120_000 },
    async () => {
      const page = await open('#/classroom');
      await page.getByRole('button', { name: 'New assignment' }).waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(page, 'classroom');

      await page.getByRole('button', { name: 'New assignment' }).click();
      await page.getByLabel('Title').fill('Naming the fighters');
      await page.getByRole('checkbox', { name: rt.title }).click();
      await expectNoAxeViolations(page, 'classroom, the assignment editor');

      await page.getByRole('button', { name: 'Save assignment' }).click();
      await page.getByLabel('Your name', { exact: true }).fill('Ms Rahman');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Naming the fighters' }).waitFor();
      await expectNoAxeViolations(page, 'classroom, the teacher’s assignment open');
    },
  );

  test('classroom: a student’s assignment open', { timeout: 120_000 }, async () => {
    const page = await open('#/classroom');
    await page.getByLabel('Open classroom files').setInputFiles(ASSIGNMENT);
    await page.getByLabel('Your name', { exact: true }).fill('Ada');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check the files before opening them' }).waitFor();
    await expectNoAxeViolations(page, 'classroom, files checked before opening');
    await page.getByRole('button', { name: /^Open 1 files?$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Naming the fighters' }).waitFor();
    await page.getByText('0 of 2 done').waitFor();
    await expectNoAxeViolations(page, 'classroom, the student’s assignment open');
  });

  test('agreement with results, then the curation view', { timeout: 180_000 }, async () => {
    const page = await open('#/');
    await importFile(page, THREE_ANNOTATORS);
    await page.goto(appUrl('#/agreement'));
    await expect
      .poll(() => page.getByTestId('agreement-status').textContent(), { timeout: 60_000 })
      .toBe('Up to date');
    await page.getByRole('region', { name: "Cohen's κ", exact: true }).waitFor();
    await expectNoAxeViolations(page, 'agreement, results shown');

    const curate = sectionHeaded(page, 'Gold sets').getByRole('button', {
      name: 'Curate a gold set',
    });
    await expect.poll(() => curate.isEnabled()).toBe(true);
    await curate.click();
    await page.getByLabel('Your name', { exact: true }).fill('Noor');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('region', { name: 'Group 1 of 5' }).waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'curation');
  });

  test('discovery with its candidates', { timeout: 180_000 }, async () => {
    const page = await open('#/discover');
    await expect
      .poll(() => page.getByTestId('discovery-status').textContent(), { timeout: 90_000 })
      .toBe('Up to date');
    await page
      .getByRole('region', { name: rt.outlet, exact: true })
      .getByRole('row')
      .nth(1)
      .waitFor();
    await expectNoAxeViolations(page, 'discovery');
  });

  test(
    'the skip link is the first stop of Tab, shown when focused, and moves to the main content',
    { timeout: 60_000 },
    async () => {
      const page = await open('#/');
      await page.getByRole('link', { name: rt.title }).waitFor({ timeout: 30_000 });
      const before = page.url();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect.poll(() => skip.evaluate((link) => link === document.activeElement)).toBe(true);
      // Shown while focused: at least one line of text tall, inside the viewport.
      const box = await skip.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(16);
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      expect(page.url()).toBe(before);
      // The next Tab goes on from the main content, past the header's links.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('main, header')?.tagName),
      ).toBe('MAIN');
    },
  );
});
