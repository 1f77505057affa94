import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, readDownload, readStore, screenshot, type AppSession } from './harness';
import {
  clickTextAt,
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
  textOf,
} from './reader-helpers';

interface StoredAnnotation {
  id: string;
  start: number;
  end: number;
  exact: string;
  labelId: string;
  target: string | null;
  voice: string;
  valence: number;
  status: string;
  deleted: number;
  annotatorId: string;
}

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

const annotations = (page: Page) => readStore<StoredAnnotation>(page, 'annotations');
const live = async (page: Page) =>
  (await annotations(page)).filter((a) => !a.deleted && a.status === 'accepted');

describe('annotating with the mouse and keyboard', () => {
  test('mark "terrorist group" in RT with key 1, set target, voice and valence, reload: unchanged', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    const span = await dragSelect(page, rt.text, 'terrorist group');
    await expect
      .poll(() => textOf(page.getByTestId('pending-selection')))
      .toContain('terrorist group');
    await page.keyboard.press('1');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('terrorist group');

    const editor = page.getByRole('region', { name: 'Selected annotation' });
    await editor.getByLabel('Target (who the word is about)').selectOption('hts');
    await editor.getByRole('radio', { name: /^Quoted/ }).click();
    await editor.locator('label', { hasText: '−2' }).click();
    await expect.poll(async () => (await live(page))[0]?.voice).toBe('quoted');
    await expect.poll(async () => (await live(page))[0]?.valence).toBe(-2);

    const [stored] = await live(page);
    // The RT text offsets of the first "terrorist group" (found with indexOf in the fixture).
    expect(stored).toMatchObject({
      exact: 'terrorist group',
      start: span.start,
      end: span.end,
      labelId: 'actor-label',
      target: 'hts',
    });
    expect((await paintedHighlights(page))['fl-label-0']).toEqual(['terrorist group']);
    await screenshot(page, 'annotate');

    await page.reload();
    await page.locator('[data-article-text] p').first().waitFor();
    await page
      .getByRole('list', { name: 'Annotations in text order' })
      .getByRole('button', { name: /terrorist group/ })
      .click();
    const reloaded = page.getByRole('region', { name: 'Selected annotation' });
    expect(await reloaded.getByLabel('Target (who the word is about)').inputValue()).toBe('hts');
    expect(await reloaded.getByRole('radio', { name: /^Quoted/ }).isChecked()).toBe(true);
    expect(await reloaded.getByRole('radio', { name: '−2 hostile' }).isChecked()).toBe(true);
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-label-0'])
      .toEqual(['terrorist group']);
  });

  test('an overlapping annotation is painted too; undo and redo it', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await dragSelect(page, rt.text, 'terrorist group');
    await page.keyboard.press('1');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).length).toBe(1);

    await dragSelect(page, rt.text, 'Hayat Tahrir-al-Sham (HTS) terrorist group');
    await page.keyboard.press('2');
    await expect.poll(async () => (await live(page)).length).toBe(2);
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-label-1'])
      .toEqual(['Hayat Tahrir-al-Sham (HTS) terrorist group']);
    expect((await paintedHighlights(page))['fl-label-0']).toEqual(['terrorist group']);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await live(page)).length).toBe(1);
    await expect.poll(async () => (await paintedHighlights(page))['fl-label-1'] ?? []).toEqual([]);
    expect((await paintedHighlights(page))['fl-label-0']).toEqual(['terrorist group']);
    // The undone annotation is kept as a tombstone so that merges can propagate the deletion.
    expect((await annotations(page)).filter((a) => a.deleted === 1).map((a) => a.exact)).toEqual([
      'Hayat Tahrir-al-Sham (HTS) terrorist group',
    ]);

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await live(page)).length).toBe(2);
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-label-1'])
      .toEqual(['Hayat Tahrir-al-Sham (HTS) terrorist group']);
  });

  test('a selection may span paragraphs; adding an annotation does not re-render the text', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    // Tag every rendered paragraph element: React re-rendering the text would replace them.
    await page.locator('[data-article-text] p').evaluateAll((elements) => {
      for (const element of elements) (element as HTMLElement & { flTag?: boolean }).flTag = true;
    });
    // From the first "counterattack" (second line of the RT text) into the next line's "Earlier".
    const nextLine = rt.text.indexOf('Earlier this week');
    const from = rt.text.indexOf('counterattack');
    await dragSelect(page, rt.text, rt.text.slice(from, nextLine + 'Earlier'.length));
    await page.keyboard.press('2');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect
      .poll(async () => (await live(page)).map((a) => [a.start, a.end]))
      .toEqual([[from, nextLine + 'Earlier'.length]]);
    const tagged = await page
      .locator('[data-article-text] p')
      .evaluateAll((elements) =>
        elements.every((element) => (element as HTMLElement & { flTag?: boolean }).flTag),
      );
    expect(tagged).toBe(true);
  });

  test('selections snap to whole words; whitespace-only and outside-the-text selections do nothing', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    // Drag from inside the first "counterattack" ("co|unterattac|k"): snaps to the whole word.
    await dragSelect(page, rt.text, 'unterattac');
    await expect
      .poll(() => textOf(page.getByTestId('pending-selection')))
      .toContain('“counterattack”');
    await page.keyboard.press('Escape');
    // Selecting in the header (outside the article text) gives no pending selection.
    await page.locator('#article-title').selectText();
    await page.locator('#article-title').dispatchEvent('pointerup');
    expect(await page.getByTestId('pending-selection').count()).toBe(0);
    await page.keyboard.press('1');
    expect(await annotations(page)).toEqual([]);
  });

  test('keyboard only: focus the text, select words with the arrow keys, label, delete', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await page.getByRole('region', { name: /Article text/ }).focus();
    await page.keyboard.press('ArrowRight'); // first word: "An"
    await page.keyboard.press('ArrowRight'); // "attack"
    await page.keyboard.press('Shift+ArrowRight'); // "attack led"
    await expect
      .poll(() => textOf(page.getByTestId('pending-selection')))
      .toContain('“attack led”');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).map((a) => a.exact)).toEqual(['attack led']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('attack led');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await live(page)).length).toBe(0);
  });
});

describe('lexicon suggestions', () => {
  test('accept one with Enter; reject one with Backspace and it stays rejected after reload', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await expect
      .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
      .toBeGreaterThan(0);
    const before = (await paintedHighlights(page))['fl-suggestion'] ?? [];
    expect(before).toContain('unverified');
    expect(before).toContain('eliminated');

    await clickTextAt(page, rt.text, 'unverified');
    await expect.poll(() => textOf(page.getByTestId('suggestion-quote'))).toBe('unverified');
    await page.keyboard.press('Enter');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).map((a) => a.exact)).toEqual(['unverified']);

    await clickTextAt(page, rt.text, 'eliminated');
    await expect.poll(() => textOf(page.getByTestId('suggestion-quote'))).toBe('eliminated');
    await page.keyboard.press('Backspace');
    await expect
      .poll(async () =>
        (await annotations(page))
          .filter((a) => a.status === 'rejected-suggestion')
          .map((a) => a.exact),
      )
      .toEqual(['eliminated']);

    await page.reload();
    await page.locator('[data-article-text] p').first().waitFor();
    await expect
      .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
      .toBe(before.length - 2);
    const after = (await paintedHighlights(page))['fl-suggestion'] ?? [];
    expect(after).not.toContain('eliminated');
    expect(after).not.toContain('unverified');
    expect(after.length).toBe(before.length - 2);
  });

  test('blind mode hides suggestions; accept all creates one annotation per suggestion', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    // Suggestions are painted just after the text and its annotations.
    await expect
      .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
      .toBeGreaterThan(5);
    const suggested = (await paintedHighlights(page))['fl-suggestion'] ?? [];
    await page.getByLabel('Blind mode (hide suggestions)').check();
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-suggestion'] ?? [])
      .toEqual([]);
    await page.getByLabel('Blind mode (hide suggestions)').uncheck();
    await page.getByRole('button', { name: 'Accept all in this article' }).click();
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).length).toBe(suggested.length);
    expect((await paintedHighlights(page))['fl-suggestion'] ?? []).toEqual([]);
  });
});

describe('failed writes', () => {
  test('a write that fails is shown as an error, nothing is painted and nothing is stored', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await dragSelect(page, rt.text, 'counterattack');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).length).toBe(1);

    // From now on every IndexedDB put fails as if the disk were full.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await dragSelect(page, rt.text, 'terrorist group');
    await page.keyboard.press('1');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Your browser's storage for this site is full");
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('failed');
    expect(await page.locator('[data-save-state]').textContent()).toBe('Last change NOT saved');
    expect((await paintedHighlights(page))['fl-label-0'] ?? []).toEqual([]);
    expect((await live(page)).map((a) => a.exact)).toEqual(['counterattack']);
    // The message offers a backup of everything stored so far (reading still works).
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download a backup' }).click();
    const backup = JSON.parse(await readDownload(await download)) as {
      format: string;
      tables: { annotations: { exact: string }[] };
    };
    expect(backup.format).toBe('framelens-backup');
    expect(backup.tables.annotations.map((a) => a.exact)).toEqual(['counterattack']);
  });
});

describe('several tabs', () => {
  test('a second tab on the same article sees a new annotation without reloading', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    const second = await session.newPage();
    await openSeedArticle(second, 'RT');
    // As a person would: annotate in the first tab, then look at the second (a background tab
    // gets no animation frames, which selecting and painting wait for).
    await page.bringToFront();
    await dragSelect(page, rt.text, 'counterattack');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await second.bringToFront();
    await expect
      .poll(
        () =>
          second
            .getByRole('list', { name: 'Annotations in text order' })
            .textContent({ timeout: 500 })
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain('counterattack');
  });

  test('two tabs editing different fields of one annotation both keep their edit', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await dragSelect(page, rt.text, 'counterattack');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).length).toBe(1);

    const second = await session.newPage();
    await openSeedArticle(second, 'RT');
    const list = (tab: Page) => tab.getByRole('list', { name: 'Annotations in text order' });
    await list(second)
      .getByRole('button', { name: /counterattack/ })
      .click();
    await list(page)
      .getByRole('button', { name: /counterattack/ })
      .click();

    // Tab 1 changes the voice; tab 2, which has not reloaded, then changes the valence.
    const editor = (tab: Page) => tab.getByRole('region', { name: 'Selected annotation' });
    await editor(page)
      .getByRole('radio', { name: /^Attributed/ })
      .click();
    await expect.poll(async () => (await live(page))[0]?.voice).toBe('attributed');
    await editor(second).locator('label', { hasText: '+1' }).click();
    await expect.poll(async () => (await live(page))[0]?.valence).toBe(1);
    expect((await live(page))[0]?.voice).toBe('attributed');
    // And tab 1 shows tab 2's edit without reloading.
    await expect
      .poll(() => editor(page).locator('label', { hasText: '+1' }).getAttribute('class'))
      .toContain('bg-slate-800');
  });
});
