import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cellOf, downloadBy, sectionHeaded, tableRows } from './classroom-helpers';
import { appUrl, checkedSessions, openApp, screenshot } from './harness';

/*
 * FIXTURE (tests/e2e/fixtures/curation/three-annotators.framelens.json): one article,
 * "Rebels stormed the village and the regime retaliated against militants." (offsets below are
 * UTF-16 indexes: "Rebels" 0–6, "stormed" 7–14, "regime" 35–41, "retaliated" 42–52,
 * "militants" 61–70), three annotators, every span voice own, no target, valence −1:
 *   Rebels      Ana, Ben, Cy: Actor label
 *   stormed     Ana, Ben: Action framing; Cy: Loaded language
 *   regime      Ana, Ben: Actor label                   (Cy marked nothing there)
 *   retaliated  Ana: Action framing; Ben: Loaded language (a 1–1 tie)
 *   militants   Ana, Ben, Cy: Actor label
 * No span overlaps another word's spans: 5 groups in text order, n = 3 coders.
 *
 * THE CURATION: J to group 2 (stormed), "2" + Enter accepts version 2 (Cy's Loaded language;
 * version 1 is Action framing with 2 voters, most voters first) → 1 of 5 decided, moves to
 * group 3 (regime); Backspace rejects it → 2 of 5, at group 4; U undoes the reject → 1 of 5,
 * back at group 3. A reload keeps 1 of 5 and opens at the first undecided group, group 1.
 * "At least k of 3 agree" over the 4 undecided groups (Rebels 3, regime 2, retaliated 1–1,
 * militants 3): k = 1 → Rebels, regime, militants, and the tie left ("1 tie"); k = 2 → the same
 * 3 groups, no tie counted (the tie is at 1 < 2); k = 4 is refused. "Accept 3 groups" → 4 of 5;
 * U undoes all three at once → 1 of 5; accepted again → 4 of 5, at group 4 (retaliated). E
 * edits it: Label Action framing, valence 5 refused, 1 accepted → 5 of 5.
 *
 * THE GOLD SET, then: Rebels 0–6 Actor label, stormed 7–14 Loaded language, regime 35–41 Actor
 * label, retaliated 42–52 Action framing (valence 1), militants 61–70 Actor label (all others
 * valence −1): five live annotations, all of the gold annotator, nobody else's (and the
 * tombstones of the three the undone bulk step had written).
 */

const sessions = checkedSessions();
const FIXTURE = join('tests', 'e2e', 'fixtures', 'curation', 'three-annotators.framelens.json');
const CURATOR = 'Noor';
const GOLD = `Gold — curated by ${CURATOR}`;

const decidedLine = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /groups decided/ })
    .innerText();
const versionsTable = (page: Page) =>
  page.locator('table', { has: page.locator('caption', { hasText: 'Versions' }) });

async function expectDecided(page: Page, line: string): Promise<void> {
  await expect.poll(() => decidedLine(page)).toContain(line);
}

/** The current group is number `n` of 5 and its marked words are `words`. */
async function expectGroup(page: Page, n: number, words: string): Promise<void> {
  const region = page.getByRole('region', { name: `Group ${n} of 5` });
  await region.waitFor({ timeout: 30_000 });
  expect(await region.locator('mark').allInnerTexts()).toEqual([words]);
}

async function importFixture(page: Page): Promise<void> {
  await page.goto(appUrl('#/exchange'));
  await page.getByLabel('Annotation file').setInputFiles(FIXTURE);
  await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
}

async function startCuration(page: Page): Promise<void> {
  await page.goto(appUrl('#/agreement'));
  const curate = sectionHeaded(page, 'Gold sets').getByRole('button', {
    name: 'Curate a gold set',
  });
  await expect.poll(() => curate.isEnabled()).toBe(true);
  await curate.click();
  // Nobody is named in a fresh profile: the name is asked first.
  await page.getByLabel('Your name', { exact: true }).fill(CURATOR);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/#\/agreement\/curate\/[^/]+$/);
  await page.getByRole('heading', { name: `Curate: ${GOLD}`, level: 1 }).waitFor();
}

async function decideByKeyboard(page: Page): Promise<void> {
  await expectDecided(page, '0 of 5 groups decided');
  await expectGroup(page, 1, 'Rebels');
  await page.keyboard.press('j');
  await expectGroup(page, 2, 'stormed');
  const rows = await tableRows(versionsTable(page));
  expect(cellOf(rows, '1', 'Label')).toBe('Action framing');
  expect(cellOf(rows, '1', 'Annotators')).toBe('Ana, Ben');
  expect(cellOf(rows, '2', 'Label')).toBe('Loaded language');
  expect(cellOf(rows, '2', 'Annotators')).toBe('Cy');
  await page.keyboard.press('2');
  expect(await page.getByRole('radio', { name: 'Version 2' }).isChecked()).toBe(true);
  await page.keyboard.press('Enter');
  await expectDecided(page, '1 of 5 groups decided');
  await expectGroup(page, 3, 'regime');
  await page.keyboard.press('Backspace');
  await expectDecided(page, '2 of 5 groups decided');
  await expectGroup(page, 4, 'retaliated');
  await page.keyboard.press('u');
  await expectDecided(page, '1 of 5 groups decided');
  await expectGroup(page, 3, 'regime');
  await expect
    .poll(() => page.getByRole('region', { name: 'Group 3 of 5' }).innerText())
    .toContain('Not decided yet');
}

async function bulkAccept(page: Page): Promise<void> {
  const atLeast = page.getByLabel('At least');
  const preview = page.getByRole('status').filter({ hasText: /would be accepted/ });
  await atLeast.fill('1');
  await expect.poll(() => preview.innerText()).toMatch(/3 groups would be accepted; 1 tie is/);
  await atLeast.fill('4');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: '1 to 3' }).count()).toBe(1);
  const accept = page.getByRole('button', { name: /^Accept \d+ groups?$/ });
  expect(await accept.isDisabled()).toBe(true);
  await atLeast.fill('2');
  await expect.poll(() => preview.innerText()).toBe('3 groups would be accepted.');
  await page.getByRole('button', { name: 'Accept 3 groups' }).click();
  await expectDecided(page, '4 of 5 groups decided');
  await expectGroup(page, 4, 'retaliated');
  // The bulk step is one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectDecided(page, '1 of 5 groups decided');
  await page.getByRole('button', { name: 'Accept 3 groups' }).click();
  await expectDecided(page, '4 of 5 groups decided');
  await expectGroup(page, 4, 'retaliated');
}

async function editLastGroup(page: Page): Promise<void> {
  await page.keyboard.press('e');
  const form = page.getByRole('form', { name: 'Edit the version' });
  await form.getByLabel('Label').selectOption({ label: 'Action framing' });
  await form.getByLabel('Valence').fill('5');
  await form.getByRole('button', { name: 'Accept edited version' }).click();
  await expect
    .poll(() => form.getByRole('alert').innerText())
    .toContain('whole number from −2 to 2');
  await expectDecided(page, '4 of 5 groups decided');
  await form.getByLabel('Valence').fill('1');
  await form.getByRole('button', { name: 'Accept edited version' }).click();
  await expectDecided(page, '5 of 5 groups decided');
  await page.getByText('Every group is decided').waitFor();
  // The form closes, and the group says what went into the gold set.
  await expect.poll(() => form.count()).toBe(0);
  await expect
    .poll(() => page.getByRole('region', { name: 'Group 4 of 5' }).innerText())
    .toMatch(/In the gold set: “retaliated” — Action framing, .* valence \+1/);
}

interface ExportedFile {
  annotations: {
    start: number;
    end: number;
    exact: string;
    labelId: string;
    valence: number;
    annotatorId: string;
    deleted: number;
  }[];
  annotators: { id: string; name: string }[];
}

async function exportGoldSet(page: Page): Promise<ExportedFile> {
  await page.getByRole('link', { name: 'Export the gold set' }).click();
  await page.waitForURL(/#\/exchange\/annotator\/[^/]+$/);
  const whose = page.getByLabel('Whose annotations');
  await expect
    .poll(() => whose.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
    .toBe(GOLD);
  await expect
    .poll(() => page.getByTestId('export-summary').innerText())
    .toContain('5 annotations');
  await whose.scrollIntoViewIfNeeded();
  await screenshot(page, 'curation-export-gold');
  const dir = await mkdtemp(join(tmpdir(), 'framelens-curation-'));
  const file = await downloadBy(
    page,
    page.getByRole('button', { name: 'Download FrameLens JSON' }),
    dir,
  );
  expect(file.name).toMatch(/^framelens-gold-curated-by-noor-all-annotations-/);
  return JSON.parse(file.text) as ExportedFile;
}

describe('curation', () => {
  test(
    'three annotators curated into a gold set by keyboard, bulk and edit; progress survives reload; the export holds the gold set only',
    { timeout: 240_000 },
    async () => {
      const session = await openApp('#/');
      sessions.push(session);
      const { page } = session;
      await importFixture(page);
      await startCuration(page);
      await decideByKeyboard(page);

      await page.reload();
      await expectDecided(page, '1 of 5 groups decided');
      await expectGroup(page, 1, 'Rebels');
      await screenshot(page, 'curation-view');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'curation-view-narrow');
      await page.setViewportSize({ width: 1280, height: 900 });

      await bulkAccept(page);
      await editLastGroup(page);
      await screenshot(page, 'curation-view-complete');

      const exported = await exportGoldSet(page);
      const gold = exported.annotators.find((annotator) => annotator.name === GOLD);
      expect(exported.annotators).toEqual([gold]);
      // The undone bulk step left tombstones of its three annotations (they carry the removal).
      const tombstones = exported.annotations.filter((annotation) => annotation.deleted === 1);
      expect(tombstones.map((annotation) => annotation.exact).sort()).toEqual([
        'Rebels',
        'militants',
        'regime',
      ]);
      const spans = exported.annotations
        .filter((annotation) => annotation.deleted === 0)
        .map(({ start, end, exact, labelId, valence, annotatorId }) => ({
          start,
          end,
          exact,
          labelId,
          valence,
          own: annotatorId === gold?.id,
        }))
        .sort((a, b) => a.start - b.start);
      expect(spans).toEqual([
        { start: 0, end: 6, exact: 'Rebels', labelId: 'actor-label', valence: -1, own: true },
        {
          start: 7,
          end: 14,
          exact: 'stormed',
          labelId: 'loaded-language',
          valence: -1,
          own: true,
        },
        { start: 35, end: 41, exact: 'regime', labelId: 'actor-label', valence: -1, own: true },
        {
          start: 42,
          end: 52,
          exact: 'retaliated',
          labelId: 'action-framing',
          valence: 1,
          own: true,
        },
        { start: 61, end: 70, exact: 'militants', labelId: 'actor-label', valence: -1, own: true },
      ]);
    },
  );
});
