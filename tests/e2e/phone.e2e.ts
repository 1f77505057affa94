import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appUrl, checkedSessions, openApp, readStore, screenshot } from './harness';
import { expectNoAxeViolations } from './axe';
import {
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
  textOf,
} from './reader-helpers';

interface StoredAnnotation {
  start: number;
  end: number;
  exact: string;
  labelId: string;
  target: string | null;
  status: string;
  deleted: number;
}

const sessions = checkedSessions();
const PHONE_WIDTH = 390;
const tasnim = seedByOutlet('Tasnim News Agency');
// "HTS and allied militant factions overran at least ten areas…": one word, seen once.
const WORD = 'overran';
const wordStart = tasnim.text.indexOf(WORD);
const wordEnd = wordStart + WORD.length;

/** Viewport rect of the text between two offsets of the article. */
async function textRect(page: Page, start: number, end: number) {
  return page.evaluate(
    ([from, to]) => {
      const paragraph = [
        ...document.querySelectorAll<HTMLElement>('[data-article-text] p[data-start]'),
      ].find((p) => Number(p.dataset.start) <= from && to <= Number(p.dataset.end));
      const node = paragraph?.firstChild;
      if (!paragraph || !node) throw new Error(`no paragraph holds ${from}–${to}`);
      const range = document.createRange();
      range.setStart(node, from - Number(paragraph.dataset.start));
      range.setEnd(node, to - Number(paragraph.dataset.start));
      const { top, bottom, left, right } = range.getBoundingClientRect();
      return { top, bottom, left, right };
    },
    [start, end] as const,
  );
}

/**
 * Sets the page's selection to characters of the article text, as the browser does when a
 * finger drags the selection handles (the page gets selectionchange events, no pointer events).
 */
async function selectCharacters(page: Page, start: number, end: number) {
  await page.evaluate(
    ([from, to]) => {
      const paragraph = [
        ...document.querySelectorAll<HTMLElement>('[data-article-text] p[data-start]'),
      ].find((p) => Number(p.dataset.start) <= from && to <= Number(p.dataset.end));
      const node = paragraph?.firstChild;
      if (!paragraph || !node) throw new Error(`no paragraph holds ${from}–${to}`);
      const base = Number(paragraph.dataset.start);
      window.getSelection()?.setBaseAndExtent(node, from - base, node, to - base);
    },
    [start, end] as const,
  );
}

/** The page's own width beyond the screen: 0 when nothing makes the page scroll sideways. */
const pageOverflow = (page: Page) =>
  page.evaluate((width) => (document.scrollingElement?.scrollWidth ?? 0) - width, PHONE_WIDTH);

const liveAnnotations = async (page: Page) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (annotation) => !annotation.deleted && annotation.status === 'accepted',
  );

describe('on a 390 × 844 touch screen', () => {
  test('a touch selection snaps to the word, the sheet opens clear of it, one tap labels it', async () => {
    const session = await openApp('#/', { phone: true });
    sessions.push(session);
    const { page } = session;
    await openSeedArticle(page, 'Tasnim News Agency');
    // The word near the bottom of the screen, where the sheet is going to open.
    await page.evaluate((wordOffset) => {
      const paragraph = [
        ...document.querySelectorAll<HTMLElement>('[data-article-text] p[data-start]'),
      ].find((p) => Number(p.dataset.start) <= wordOffset && wordOffset < Number(p.dataset.end));
      paragraph?.scrollIntoView({ block: 'end' });
      window.scrollBy(0, 60);
    }, wordStart);
    const before = await textRect(page, wordStart, wordEnd);
    expect(
      before.bottom,
      'fixture: the word starts in the lower part of the screen',
    ).toBeGreaterThan(844 / 2);

    // Headless Chromium turns neither a long press (Input.synthesizeTapGesture with a duration)
    // nor a touch drag into a text selection, so the two halves of a touch selection are
    // emulated apart: a real tap on the word (touch pointer events), then the selection that a
    // long press and a drag of the handles leave behind — here part of the word, "verra".
    await page.touchscreen.tap((before.left + before.right) / 2, (before.top + before.bottom) / 2);
    await selectCharacters(page, wordStart + 1, wordEnd - 1);

    // Snapped: the whole word is selected on screen, and the sheet offers the labels for it.
    await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(WORD);
    const sheet = page.getByRole('region', { name: 'Label the selected words' });
    await expect.poll(() => textOf(sheet.getByTestId('sheet-quote'))).toBe(WORD);
    const label = sheet.getByRole('button', { name: /Action framing/ });
    // The sheet's labels are the only ones on the page: the sidebar's palette is for wider screens.
    expect(await page.getByRole('group', { name: 'Labels' }).count()).toBe(1);
    await expect.poll(() => label.isEnabled()).toBe(true);
    // The page scrolled so that the sheet does not cover the word.
    const wordClear = async () => {
      const word = await textRect(page, wordStart, wordEnd);
      const sheetBox = await sheet.boundingBox();
      return sheetBox !== null && word.top >= 0 && word.bottom <= sheetBox.y;
    };
    await expect.poll(wordClear).toBe(true);
    await page.mouse.move(0, 0);
    await screenshot(page, 'phone-reader-sheet');
    await expectNoAxeViolations(page, 'reader at 390 px with the label sheet open');

    await label.tap();
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect
      .poll(async () =>
        (await liveAnnotations(page)).map(({ start, end, exact, labelId }) => ({
          start,
          end,
          exact,
          labelId,
        })),
      )
      .toEqual([{ start: wordStart, end: wordEnd, exact: WORD, labelId: 'action-framing' }]);
    // The new annotation is current: the sheet offers its details, with its label pressed.
    await expect
      .poll(() =>
        sheet.getByRole('button', { name: /Action framing/ }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    // The editor opens in the sheet, which grows and still leaves the word in view.
    await sheet.getByRole('button', { name: 'Target, voice, valence, note…' }).tap();
    const details = sheet.getByRole('group', { name: 'Details' });
    await details.getByLabel('Target (who the word is about)').selectOption('hts');
    await expect.poll(async () => (await liveAnnotations(page))[0]?.target).toBe('hts');
    await expect.poll(wordClear).toBe(true);

    await page.reload();
    await page.locator('[data-article-text] p').first().waitFor();
    // Action framing is the third label of the codebook: its highlight is fl-label-2.
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-label-2'] ?? [])
      .toEqual([WORD]);
  });

  test('by keyboard too: arrow keys open the sheet, Tab reaches it, Escape closes it', async () => {
    const session = await openApp('#/', { phone: true });
    sessions.push(session);
    const { page } = session;
    await openSeedArticle(page, 'Tasnim News Agency');
    const text = page.getByRole('region', { name: /^Article text/ });
    await text.focus();
    await page.keyboard.press('ArrowRight');
    const sheet = page.getByRole('region', { name: 'Label the selected words' });
    // The first word of the text: "Militants".
    await expect.poll(() => textOf(sheet.getByTestId('sheet-quote'))).toBe('Militants');
    // The sheet comes next in the Tab order, its close button first.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Close (Esc)');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => String(window.getSelection()))).toBe('');
    // The focus is handed back to the text, not dropped on the page.
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toMatch(/^Article text/);

    // J makes the first suggestion current: the sheet offers Accept and Reject for it.
    await page.keyboard.press('j');
    const accept = sheet.getByRole('button', { name: 'Accept' });
    await accept.waitFor();
    const quote = await textOf(sheet.getByTestId('sheet-quote'));
    await accept.tap();
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect
      .poll(async () => (await liveAnnotations(page)).map((annotation) => annotation.exact))
      .toEqual([quote]);
  });

  test(
    'the summary fits the width: wide charts scroll in their own box, never the page',
    { timeout: 240_000 },
    async () => {
      const session = await openApp('#/', { phone: true });
      sessions.push(session);
      const { page } = session;
      const outlets = ['Levant24', 'RT', 'Tasnim News Agency', 'The New Arab', 'Yalla TV'];
      for (const [i, outlet] of outlets.entries()) {
        await openSeedArticle(page, outlet);
        await page.getByRole('button', { name: 'Accept all in this article' }).click();
        if (i === 0) await nameAnnotatorIfAsked(page, 'Ada');
        await expect
          .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
          .toBe(0);
      }
      await page.goto(appUrl('#/summary'));
      await expect.poll(() => textOf(page.getByTestId('summary-status'))).toBe('Up to date');
      const charts = page.locator('main div[role="img"]');
      await charts.first().locator('svg').first().waitFor();
      // Every chart drawn (each draws in a task of its own).
      await expect
        .poll(() =>
          charts.evaluateAll((boxes) => boxes.every((box) => box.querySelector('svg') !== null)),
        )
        .toBe(true);

      expect(await pageOverflow(page), 'the page never scrolls sideways').toBe(0);
      const boxes = await charts.evaluateAll((elements) =>
        elements.map((box) => ({
          label: box.getAttribute('aria-label') ?? '',
          right: box.getBoundingClientRect().right,
          scrolls: box.scrollWidth > box.clientWidth + 1,
        })),
      );
      for (const box of boxes) expect(box.right, box.label).toBeLessThanOrEqual(PHONE_WIDTH);
      // Five outlets with six labels each make the grouped bars wider than a phone: that chart
      // keeps its bars readable and scrolls inside its box, which says so.
      const wide = boxes.filter((box) => box.scrolls).map((box) => box.label);
      expect(wide.some((label) => label.startsWith('Grouped bar chart'))).toBe(true);
      await expect
        .poll(() => page.getByText('scroll the chart sideways').count())
        .toBe(wide.length);

      // The naming table: a term and its count always on one line.
      const naming = page.locator('#naming');
      await naming.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const pairs = await naming.locator('li:has(button)').evaluateAll((items) =>
        items.map((item) => {
          const term = item.querySelector('button')?.getBoundingClientRect();
          const count = item.querySelector('span')?.getBoundingClientRect();
          const oneLine = !!term && !!count && count.top < term.bottom && term.top < count.bottom;
          return { text: item.textContent ?? '', oneLine };
        }),
      );
      expect(pairs.length).toBeGreaterThan(0);
      expect(pairs.filter((pair) => !pair.oneLine)).toEqual([]);
      await page.mouse.move(0, 0);
      await page.locator('#per-outlet').evaluate((element) => element.scrollIntoView());
      await screenshot(page, 'phone-summary');

      // The other pages, with this corpus, do not scroll sideways either.
      const pages = ['#/', '#/add', '#/agreement', '#/classroom', '#/exchange', '#/settings'];
      for (const hash of pages) {
        await page.goto(appUrl(hash));
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await pageOverflow(page), hash).toBe(0);
      }
      // Candidate loaded terms: its tables (drawn once the worker has counted) scroll in place.
      await page.goto(appUrl('#/discover'));
      await page.locator('main table').first().waitFor();
      expect(await pageOverflow(page), '#/discover').toBe(0);
    },
  );
});
