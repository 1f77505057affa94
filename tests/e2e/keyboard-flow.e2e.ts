import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, readStore, screenshot, type AppSession } from './harness';
import { expectNoAxeViolations } from './axe';
import { nameAnnotatorIfAsked, openSeedArticle, seedByOutlet, textOf } from './reader-helpers';

interface StoredAnnotation {
  start: number;
  end: number;
  exact: string;
  labelId: string;
  target: string | null;
  voice: string;
  valence: number;
  status: string;
  deleted: number;
}

let session: AppSession;
const tasnim = seedByOutlet('Tasnim News Agency');

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

const live = async (page: Page) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (a) => !a.deleted && a.status === 'accepted',
  );

/** Key presses through one door, so that each step's cost is counted, not guessed. */
function countedKeyboard(page: Page) {
  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  const cost = async (steps: () => Promise<void>) => {
    const before = presses;
    await steps();
    return presses - before;
  };
  return { press, cost };
}

/** The painted suggestions as text offsets, in text order (read from the CSS highlights). */
async function suggestionSpans(page: Page): Promise<{ start: number; end: number }[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('fl-suggestion');
    const offset = (node: Node, at: number) =>
      Number((node.parentElement as HTMLElement).dataset.start) + at;
    return [...(highlight ?? [])]
      .map((range) => ({
        start: offset(range.startContainer, range.startOffset),
        end: offset(range.endContainer, range.endOffset),
      }))
      .sort((a, b) => a.start - b.start);
  });
}

const quoteOfCard = (page: Page) => textOf(page.getByTestId('suggestion-quote'));

describe('the annotator’s flow, keyboard only', () => {
  test('open from the library, accept, correct and accept, find and label: counted keys', async () => {
    const { page } = session;
    const keys = countedKeyboard(page);
    await page.getByRole('link', { name: tasnim.title }).waitFor();

    // Tab to the article's link in the library, Enter opens it.
    const tabs = await keys.cost(async () => {
      for (let i = 0; i < 80; i += 1) {
        await keys.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (focused.includes(tasnim.title)) return;
      }
    });
    await keys.press('Enter');
    await page.locator('[data-article-text] p').first().waitFor();
    await expect.poll(async () => (await suggestionSpans(page)).length).toBeGreaterThan(2);
    const [first, second] = await suggestionSpans(page);

    // 1. Accept the first suggestion as it is: J, Enter.
    const acceptCost = await keys.cost(async () => {
      await keys.press('j');
      await expect.poll(() => quoteOfCard(page)).toBe(tasnim.text.slice(first!.start, first!.end));
      await keys.press('Enter');
    });
    // Naming oneself happens once, in a dialog: not part of any step's cost.
    const nameField = page
      .getByRole('dialog', { name: 'Who is annotating?' })
      .getByLabel('Your name');
    await nameField.waitFor();
    await page.keyboard.type('Ada');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await live(page)).length).toBe(1);
    const [accepted] = await live(page);
    expect(accepted).toMatchObject({ start: first!.start, end: first!.end });
    expect(accepted!.exact).toBe(tasnim.text.slice(first!.start, first!.end));
    expect(acceptCost).toBe(2);

    // 2. The next suggestion: J; then target = the codebook's 3rd actor (Russia: HTS 1,
    //    Syrian government 2, Russia 3) and voice quoted, accepted: T, 3, Q, Enter.
    await keys.press('j');
    await expect.poll(() => quoteOfCard(page)).toBe(tasnim.text.slice(second!.start, second!.end));
    const card = page.getByRole('region', { name: 'Suggestion' });
    expect(await card.locator('p').nth(2).textContent()).not.toContain('Russia');
    const correctCost = await keys.cost(async () => {
      await keys.press('t');
      await page.getByTestId('target-hint').waitFor();
      await screenshot(page, 'keyboard-target-hint');
      await expectNoAxeViolations(page, 'reader with the target hint on a suggestion');
      await keys.press('3');
      await keys.press('q');
      await expect.poll(() => card.locator('p').nth(2).textContent()).toContain('Russia · quoted');
      await keys.press('Enter');
    });
    await expect.poll(async () => (await live(page)).length).toBe(2);
    const corrected = (await live(page)).find((a) => a.start === second!.start);
    expect(corrected).toMatchObject({ end: second!.end, target: 'russia', voice: 'quoted' });
    expect(correctCost).toBeLessThanOrEqual(4);

    // 3. "surgeries", 25 words into the paragraph "Lebanon's al-Mayadeen …": / s u r g, Enter,
    //    then 2 (Loaded language). "surg" is in no other word of the text.
    const surgeries = tasnim.text.indexOf('surgeries');
    const findCost = await keys.cost(async () => {
      await keys.press('/');
      for (const letter of 'surg') await keys.press(letter);
      await keys.press('Enter');
      await expect.poll(() => textOf(page.getByTestId('pending-selection'))).toContain('surgeries');
      await keys.press('2');
    });
    await expect.poll(async () => (await live(page)).length).toBe(3);
    const found = (await live(page)).find((a) => a.exact === 'surgeries');
    expect(found).toMatchObject({
      start: surgeries,
      end: surgeries + 'surgeries'.length,
      labelId: 'loaded-language',
    });
    // "/" + 4 letters + Enter + the label key.
    expect(findCost).toBe(7);

    // J goes on from the words just labelled with its first press.
    const after = (await suggestionSpans(page)).find((span) => span.start > surgeries);
    await keys.press('j');
    await expect.poll(() => quoteOfCard(page)).toBe(tasnim.text.slice(after!.start, after!.end));

    console.info(`keys: ${tabs} Tab + Enter to open; accept ${acceptCost}; correct ${correctCost}`);
    // Focus came back from the find box to the article text.
    const region = page.getByRole('region', { name: /Article text/ });
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
  }, 180_000); // many steps, each waiting for a write: generous on a loaded machine

  test('changes to a suggestion are kept when J/K move away and back, and Enter accepts them', async () => {
    const { page } = session;
    await openSeedArticle(page, 'Tasnim News Agency');
    await expect.poll(async () => (await suggestionSpans(page)).length).toBeGreaterThan(2);
    const [first] = await suggestionSpans(page);
    await page.keyboard.press('j');
    await expect.poll(() => quoteOfCard(page)).toBe(tasnim.text.slice(first!.start, first!.end));
    // T 3: Russia; A: attributed; + twice from the suggested valence.
    const card = page.getByRole('region', { name: 'Suggestion' });
    const line = await card.locator('p').nth(2).textContent();
    const suggestedValence = Number(/valence ([+-]?\d)/.exec(line ?? '')?.[1]);
    for (const key of ['t', '3', 'a', '+']) await page.keyboard.press(key);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => quoteOfCard(page)).toBe(tasnim.text.slice(first!.start, first!.end));
    await expect
      .poll(() => card.locator('p').nth(2).textContent())
      .toContain('Russia · attributed');
    await page.keyboard.press('Enter');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).length).toBe(1);
    expect((await live(page))[0]).toMatchObject({
      start: first!.start,
      target: 'russia',
      voice: 'attributed',
      valence: Math.min(2, suggestedValence + 1),
    });
  });

  test('the Shortcuts sheet (?) lists the keys and gives focus back to the text', async () => {
    const { page } = session;
    await openSeedArticle(page, 'Tasnim News Agency');
    const text = page.getByRole('region', { name: /Article text/ });
    await text.focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Shortcuts' });
    await sheet.waitFor();
    for (const key of ['T', 'O', 'Q', 'A', 'N', 'Enter', 'J', '/', '?']) {
      expect(
        await sheet
          .locator('kbd', { hasText: new RegExp(`^${key.replace(/[?/]/, '\\$&')}$`) })
          .count(),
        key,
      ).toBe(1);
    }
    await screenshot(page, 'keyboard-shortcuts-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

describe('moving through the text by keyboard', () => {
  test('after a label the caret stays on the marked words: the next arrow goes on from there', async () => {
    const { page } = session;
    await openSeedArticle(page, 'RT');
    await page.getByRole('region', { name: /Article text/ }).focus();
    // RT begins "An attack led by Hayat…": two presses reach "attack".
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => textOf(page.getByTestId('pending-selection'))).toContain('“attack”');
    await page.keyboard.press('3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await live(page)).map((a) => a.exact)).toEqual(['attack']);
    await page.getByRole('region', { name: /Article text/ }).focus();
    // T shows the actors' keys beside the editor's target; Esc lets go of it, nothing changed.
    await page.keyboard.press('t');
    await page.getByTestId('target-hint').waitFor();
    await screenshot(page, 'keyboard-editor-target-hint');
    await expectNoAxeViolations(page, 'reader with the target hint in the editor');
    await page.keyboard.press('Escape');
    await page.getByTestId('target-hint').waitFor({ state: 'hidden' });
    // N: a note on the new annotation; Esc goes back to the text, the caret where it was.
    await page.keyboard.press('n');
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await readStore<{ note: string }>(page, 'annotations'))[0]?.note)
      .toBe('x');
    await page.keyboard.press('ArrowRight');
    // The word after "attack" is "led"; before the fix the caret went back to "An".
    await expect.poll(() => textOf(page.getByTestId('pending-selection'))).toContain('“led”');
  });

  test('Down goes to the line below, End to the paragraph’s last word, Ctrl+Shift+Right to the sentence’s end', async () => {
    const { page } = session;
    await openSeedArticle(page, 'Tasnim News Agency');
    const region = page.getByRole('region', { name: /Article text/ });
    await region.focus();
    const pendingText = () => textOf(page.getByTestId('pending-selection'));
    await page.keyboard.press('ArrowDown'); // nothing selected yet: the first word
    await expect.poll(pendingText).toContain('“Militants”');
    // The title is one line: Down goes to the first line of "TEHRAN (Tasnim) – A coalition…".
    await page.keyboard.press('ArrowDown');
    const lineBelow = await pendingText();
    const paragraph = tasnim.text.split('\n')[1]!;
    const word = /“(.+)”/.exec(lineBelow ?? '')?.[1] ?? '';
    expect(paragraph.split(/\s+/).slice(0, 12).join(' ')).toContain(word);
    // End: the paragraph's last word is "sides" ("…on both sides.").
    await page.keyboard.press('End');
    await expect.poll(pendingText).toContain('“sides”');
    // Home, then Ctrl+Shift+Right: the paragraph is one sentence, "TEHRAN … both sides".
    await page.keyboard.press('Home');
    await expect.poll(pendingText).toContain('“TEHRAN”');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect.poll(pendingText).toContain(`“${paragraph.slice(0, -1)}”`);
  });
});
