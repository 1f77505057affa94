import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appUrl, openApp, readStore, screenshot, type AppSession } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
} from './reader-helpers';

/*
 * The fixture: three annotators (Ana, Ben, Cy) on the RT seed article, all three having
 * annotated it, so 3 annotators are on the map. A word is contested when covered by some but
 * not a majority (covering × 2 ≤ 3, i.e. by 1), or by different labels; its shade is the
 * covering share by quarters (1/3 ≈ 33% → 2, 2/3 ≈ 67% → 3, 3/3 → 4).
 *   "terrorists"          Ana, Ben, Cy: Actor label         → 3/3 agreed, level 4
 *   "surprise offensive"  Ana, Ben: Loaded language         → 2/3 agreed, level 3
 *   "well-entrenched"     Ana: Loaded language              → 1/3 contested, level 2
 *   "admitted"            Ana: Attribution & doubt, Ben: Action framing
 *                                                           → 2/3, labels differ: contested, level 3
 *   "killed"              Cy: Action framing                → 1/3 contested, level 2
 *   "terrorist group"     Ana, Cy: "terrorist group", Ben: only "terrorist" (Actor label)
 *                         → "terrorist" 3/3 agreed, level 4; "group" 2/3 agreed, level 3
 * In text order the contested spans are well-entrenched, admitted, killed: "3 contested spans".
 */
const fixture = readFileSync(
  join('tests', 'e2e', 'fixtures', 'disagreement-map', 'three-annotators.framelens.json'),
  'utf8',
);
const rt = seedByOutlet('RT');

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/exchange');
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

async function importFixture(page: Page): Promise<void> {
  await page.getByTestId('export-summary').waitFor();
  await page.getByLabel('Annotation file').setInputFiles({
    name: 'three-annotators.framelens.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture, 'utf8'),
  });
  await page.getByTestId('import-preview').waitFor();
  expect(await page.getByTestId('count-new').textContent()).toBe('12');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor();
}

/** The words in each non-empty map highlight (sorted), by highlight name. */
async function mapHighlights(page: Page): Promise<Record<string, string[]>> {
  const painted = await paintedHighlights(page);
  return Object.fromEntries(
    Object.entries(painted).filter(([name, words]) => name.startsWith('fl-map-') && words.length),
  );
}

const contestedOf = (layers: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(layers).filter(([name]) => name.includes('contested')));

async function atThisWord(page: Page): Promise<string[]> {
  return page.getByRole('status', { name: 'At this word' }).locator('li').allTextContents();
}

/** Moves the real mouse over the middle of a word of the article text. */
async function hoverWord(page: Page, word: string): Promise<void> {
  const at = rt.text.indexOf(word) + Math.floor(word.length / 2);
  const point = await page.evaluate((offset) => {
    const paragraph = [
      ...document.querySelectorAll<HTMLElement>('[data-article-text] p[data-start]'),
    ].find((p) => Number(p.dataset.start) <= offset && offset < Number(p.dataset.end));
    const node = paragraph?.firstChild;
    if (!paragraph || !node) throw new Error(`no paragraph holds offset ${offset}`);
    const range = document.createRange();
    range.setStart(node, offset - Number(paragraph.dataset.start));
    range.setEnd(node, offset - Number(paragraph.dataset.start) + 1);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, at);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

describe('the disagreement map in the reader', () => {
  test('shades contested and agreed words, filters, steps with J/K, lists who marked what', async () => {
    const { page } = session;
    await importFixture(page);
    await openSeedArticle(page, 'RT');
    const toggle = page.getByRole('checkbox', { name: 'Disagreement map' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await mapHighlights(page)).toEqual({});
    await toggle.check();
    const panel = page.getByRole('region', { name: 'Disagreement map' });
    await panel.getByText('3 contested spans').waitFor();

    await expect
      .poll(() => mapHighlights(page))
      .toEqual({
        'fl-map-agreed-3': ['group', 'surprise offensive'],
        'fl-map-agreed-4': ['terrorist', 'terrorists'],
        'fl-map-contested-2': ['killed', 'well-entrenched'],
        'fl-map-contested-3': ['admitted'],
      });
    const chooser = panel.getByRole('group', { name: 'Annotators on the map' });
    const names = await chooser
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
    expect(names).toEqual([true, true, true]);

    // Hovering "killed": only Cy marked it, so Ana and Ben are listed as not marking it.
    await hoverWord(page, 'killed');
    await expect
      .poll(() => atThisWord(page))
      .toEqual(['Ana: not marked', 'Ben: not marked', 'Cy: Action framing']);

    await panel.getByRole('checkbox', { name: 'Contested only' }).check();
    await expect
      .poll(() => mapHighlights(page))
      .toEqual({
        'fl-map-contested-2': ['killed', 'well-entrenched'],
        'fl-map-contested-3': ['admitted'],
      });

    // J twice from the text: the first contested span, then the second, "admitted".
    await page.getByRole('region', { name: /^Article text/ }).focus();
    await page.keyboard.press('j');
    await expect
      .poll(() => atThisWord(page))
      .toEqual(['Ana: Loaded language', 'Ben: not marked', 'Cy: not marked']);
    await page.keyboard.press('j');
    const status = page.getByRole('status', { name: 'At this word' });
    await expect.poll(() => status.textContent()).toContain('Contested span 2 of 3: “admitted”');
    expect(await atThisWord(page)).toEqual([
      'Ana: Attribution & doubt',
      'Ben: Action framing',
      'Cy: not marked',
    ]);
    await page.keyboard.press('k');
    await expect.poll(() => status.textContent()).toContain('Contested span 1 of 3');

    // Without Cy, 2 are on the map (contested: covered by 1, as 1 × 2 ≤ 2; shade 1/2 → 2,
    // 2/2 → 4): "killed" (only Cy's) leaves the map, "group" (Ana's only now) becomes
    // contested; "admitted" stays contested (labels differ), at 2/2.
    await chooser.getByRole('checkbox', { name: /^Cy/ }).uncheck();
    await expect
      .poll(() => mapHighlights(page))
      .toEqual({
        'fl-map-contested-2': ['group', 'well-entrenched'],
        'fl-map-contested-4': ['admitted'],
      });
    await panel.getByRole('checkbox', { name: 'Contested only' }).uncheck();
    // "terrorists", "surprise offensive" and "terrorist": Ana and Ben with one label, 2/2.
    await expect
      .poll(() => mapHighlights(page))
      .toEqual({
        'fl-map-agreed-4': ['surprise offensive', 'terrorist', 'terrorists'],
        'fl-map-contested-2': ['group', 'well-entrenched'],
        'fl-map-contested-4': ['admitted'],
      });
    await panel.getByText('3 contested spans').waitFor();

    await chooser.getByRole('checkbox', { name: /^Cy/ }).check();
    await expect
      .poll(async () => contestedOf(await mapHighlights(page)))
      .toEqual({
        'fl-map-contested-2': ['killed', 'well-entrenched'],
        'fl-map-contested-3': ['admitted'],
      });
    // K left the map at the first contested span: J moves on to the second.
    await page.getByRole('region', { name: /^Article text/ }).focus();
    await page.keyboard.press('j');
    await expect.poll(() => status.textContent()).toContain('Contested span 2 of 3: “admitted”');
    await expect.poll(async () => (await paintedHighlights(page))['fl-flash'] ?? []).toEqual([]);
    await screenshot(page, 'disagreement-map');

    await toggle.uncheck();
    await expect.poll(() => mapHighlights(page)).toEqual({});
    expect(await panel.count()).toBe(0);
  }, 120_000);

  test('opened at #/articles/ID/disagreement the map is on, for whom, and refreshed by a new annotation', async () => {
    const { page } = session;
    await importFixture(page);
    const articles = await readStore<{ id: string; title: string }>(page, 'articles');
    const article = articles.find((candidate) => candidate.title === rt.title);
    if (!article) throw new Error('fixture: the RT seed article is not in the library');
    await page.goto(appUrl(`#/articles/${article.id}/disagreement`));
    await page.locator('[data-article-text] p').first().waitFor();
    expect(await page.getByRole('checkbox', { name: 'Disagreement map' }).isChecked()).toBe(true);
    await expect
      .poll(async () => contestedOf(await mapHighlights(page)))
      .toEqual({
        'fl-map-contested-2': ['killed', 'well-entrenched'],
        'fl-map-contested-3': ['admitted'],
      });

    // The Agreement page hands its chosen annotators over (rememberMapAnnotators, in the tab's
    // sessionStorage): with Ana and Ben only, the map is the one derived above without Cy.
    const openMapWith = async (annotatorIds: string[]) => {
      await page.goto(appUrl('#/'));
      await page.evaluate(
        (ids) => sessionStorage.setItem('framelens.map-annotators', JSON.stringify(ids)),
        annotatorIds,
      );
      await page.goto(appUrl(`#/articles/${article.id}/disagreement`));
      await page.locator('[data-article-text] p').first().waitFor();
    };
    await openMapWith(['ana', 'ben']);
    const chooser = page.getByRole('group', { name: 'Annotators on the map' });
    await expect.poll(() => chooser.getByRole('checkbox', { name: /^Cy/ }).isChecked()).toBe(false);
    await expect
      .poll(async () => contestedOf(await mapHighlights(page)))
      .toEqual({
        'fl-map-contested-2': ['group', 'well-entrenched'],
        'fl-map-contested-4': ['admitted'],
      });
    // Annotators who did not code this article: everyone who did is on the map instead.
    await openMapWith(['someone-else']);
    await expect
      .poll(async () => contestedOf(await mapHighlights(page)))
      .toEqual({
        'fl-map-contested-2': ['killed', 'well-entrenched'],
        'fl-map-contested-3': ['admitted'],
      });
    expect(await chooser.getByRole('checkbox', { name: /^Cy/ }).isChecked()).toBe(true);

    // The person marks "killed" as Action framing here: Dee is a fourth coder, and the map is
    // computed again (covering × 2 ≤ 4 is contested; shade by quarters of 4):
    //   terrorists, terrorist 3/4 agreed → 3; surprise offensive 2/4 → contested 2;
    //   well-entrenched 1/4 → contested 1; admitted 2/4 (labels differ) → contested 2;
    //   killed (Cy, Dee) 2/4 → contested 2; group (Ana, Cy) 2/4 → contested 2.
    await dragSelect(page, rt.text, 'killed');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Dee');
    await expect
      .poll(() => mapHighlights(page))
      .toEqual({
        'fl-map-agreed-3': ['terrorist', 'terrorists'],
        'fl-map-contested-1': ['well-entrenched'],
        'fl-map-contested-2': ['admitted', 'group', 'killed', 'surprise offensive'],
      });
    await chooser.getByRole('checkbox', { name: /^Dee/ }).waitFor();
  }, 120_000);
});
