import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkedSessions, openApp, type AppSession } from './harness';
import { dragSelect, nameAnnotatorIfAsked, openSeedArticle, seedByOutlet } from './reader-helpers';

/*
 * How often the open article's annotations are read again after a write. The page counts the
 * reads of the annotations' articleId index in read-only transactions (only the article's
 * annotation query reads that index on the reader page), and notes the count each time the save
 * status changes: "All changes saved" is shown once the save mutation has settled, so by then
 * every refetch the write caused has been started.
 */
declare global {
  interface Window {
    __articleAnnotationReads: number;
    __saveStates: { state: string; reads: number }[];
  }
}

function countArticleAnnotationReads() {
  window.__articleAnnotationReads = 0;
  window.__saveStates = [];
  for (const method of ['getAll', 'openCursor'] as const) {
    const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest;
    IDBIndex.prototype[method] = function (this: IDBIndex, ...args: unknown[]) {
      const store = this.objectStore;
      if (store.name === 'annotations' && this.name === 'articleId') {
        if (store.transaction.mode === 'readonly') window.__articleAnnotationReads += 1;
      }
      return original.apply(this, args);
    } as never;
  }
  let last: string | null = null;
  new MutationObserver(() => {
    const state =
      document.querySelector<HTMLElement>('[data-save-state]')?.dataset.saveState ?? null;
    if (state === last) return;
    last = state;
    if (state) window.__saveStates.push({ state, reads: window.__articleAnnotationReads });
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const sessions = checkedSessions();
let session: AppSession;
const rt = seedByOutlet('RT');

beforeEach(async () => {
  session = await openApp('#/');
  sessions.push(session);
  await session.context.addInitScript(countArticleAnnotationReads);
});

const reads = (page: Page) => page.evaluate(() => window.__articleAnnotationReads);
const list = (page: Page) => page.getByRole('list', { name: 'Annotations in text order' });

/** Marks `words` (the tab's first annotation) with key 3 and waits until it is listed. */
async function annotate(page: Page, words: string): Promise<void> {
  await dragSelect(page, rt.text, words);
  await page.keyboard.press('3');
  await nameAnnotatorIfAsked(page, 'Ada');
  await expect.poll(() => list(page).textContent()).toContain(words);
}

describe('one refresh per write', () => {
  test('a write in this tab reads the article’s annotations again exactly once', async () => {
    const { page } = session;
    await page.reload();
    await openSeedArticle(page, 'RT');
    // The first annotation also asks who is annotating; the counted one is the second.
    await annotate(page, 'counterattack');
    await expect.poll(() => page.evaluate(() => window.__saveStates.at(-1)?.state)).toBe('saved');
    const before = await reads(page);
    const statesBefore = await page.evaluate(() => window.__saveStates.length);

    await dragSelect(page, rt.text, 'terrorist group');
    await page.keyboard.press('1');
    // Wait for this write's "Saving…" → "All changes saved".
    await expect
      .poll(() =>
        page.evaluate(
          (from) =>
            window.__saveStates
              .slice(from)
              .map((entry) => entry.state)
              .join(' '),
          statesBefore,
        ),
      )
      .toBe('saving saved');
    const atSaved = await page.evaluate(() => window.__saveStates.at(-1)?.reads ?? -1);
    expect(atSaved - before).toBe(1);
    await expect.poll(() => list(page).textContent()).toContain('terrorist group');
    expect(await reads(page)).toBe(before + 1);
  });

  test('a write in another tab reads this tab’s annotations again and shows them', async () => {
    const { page } = session;
    await page.reload();
    await openSeedArticle(page, 'RT');
    // The article's annotations have been read once, as it opened.
    await expect.poll(() => reads(page)).toBeGreaterThanOrEqual(1);
    const before = await reads(page);

    const second = await session.newPage();
    await openSeedArticle(second, 'RT');
    await annotate(second, 'counterattack');

    await expect.poll(() => list(page).textContent()).toContain('counterattack');
    expect((await reads(page)) - before).toBe(1);
  });
});
