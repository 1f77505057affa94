import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, readStore, screenshot, type AppSession } from './harness';
import { seeds } from './seeds';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  seedByOutlet,
  textOf,
} from './reader-helpers';

interface StoredAnnotation {
  articleId: string;
  start: number;
  end: number;
  exact: string;
  labelId: string;
  voice: string;
  status: string;
  deleted: number;
}

interface StoredArticle {
  id: string;
  title: string;
}

let session: AppSession;
const levant = seedByOutlet('Levant24');
const yalla = seedByOutlet('Yalla TV');

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

/** Offsets of every case-insensitive occurrence of `word` (as a word start) in the text. */
function offsetsOf(text: string, word: RegExp): number[] {
  return [...text.matchAll(word)].map((match) => match.index);
}

test('a term marked by hand is offered at its other occurrences, each confirmed with one Enter', async () => {
  const { page } = session;
  // Levant24 has "civilian" four times: "13 civilians, including…", "the civilian
  // population", "targeting civilian areas", "assaults on civilian populations" — the second is
  // marked by hand.
  const starts = offsetsOf(levant.text, /\bcivilians?\b/gi);
  expect(starts).toHaveLength(4);
  await openSeedArticle(page, 'Levant24');
  const marked = await dragSelect(page, levant.text, 'civilian', 2);
  expect(marked.start).toBe(starts[1]);
  await page.keyboard.press('6');
  await nameAnnotatorIfAsked(page, 'Ada');

  const status = page.getByTestId('similar-status');
  await expect
    .poll(() => textOf(status))
    .toMatch(/^3 more of “civilian” in this article — Enter confirms the next one/);
  // The marked words stay selected (their attributes can be set first); the next occurrence
  // after them, "civilian areas", is the one Enter confirms.
  await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('civilian');
  const next = page.getByRole('region', { name: 'Similar occurrences' }).locator('mark');
  expect(await textOf(next)).toBe('civilian');
  expect(await next.locator('xpath=..').textContent()).toContain(
    'strikes targeting civilian areas',
  );
  await screenshot(page, 'annotate-similar');

  // One Enter each: "civilian areas", then "civilian populations", now current.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await live(page)).length).toBe(2);
  await expect.poll(() => textOf(status)).toMatch(/^2 more of “civilian”/);
  const quote = page.getByTestId('suggestion-quote');
  await expect.poll(() => textOf(quote)).toBe('civilian');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await live(page)).length).toBe(3);
  await expect.poll(() => textOf(status)).toMatch(/^1 more of “civilian”/);
  // Then the current one wraps round to the first occurrence, the plural.
  await expect.poll(() => textOf(quote)).toBe('civilians');
  // Backspace rejects it (remembered, as any rejected suggestion): none is left.
  await page.keyboard.press('Backspace');
  await expect.poll(() => textOf(status)).toMatch(/^0 more of “civilian” in this article$/);
  const rejected = (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (a) => a.status === 'rejected-suggestion',
  );
  expect(rejected.map((a) => [a.start, a.exact])).toEqual([[starts[0], 'civilians']]);

  // The word is in no lexicon entry: it joined the personal layer.
  const personal = await readStore<{ id: string; origin: string; forms: string[] }>(
    page,
    'personalLexicon',
  );
  expect(personal).toEqual([
    expect.objectContaining({
      id: 'px-civilian',
      origin: 'marked',
      forms: ['civilian', 'civilians'],
    }),
  ]);

  // Across the corpus: Yalla TV has "civilian" twice ("on both civilian and military
  // targets", "on civilian areas"); the first is marked with the keyboard.
  await page.getByRole('button', { name: 'Find in other articles' }).click();
  const list = page.getByRole('list', { name: 'Occurrences in other articles' });
  const yallaMarks = list.getByRole('button', { name: `Mark “civilian” in ${yalla.title}` });
  await expect.poll(() => yallaMarks.count()).toBe(2);
  await yallaMarks.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await live(page)).length).toBe(4);
  await expect.poll(() => textOf(list.getByText('✓ Marked'))).toBe('✓ Marked');
  await screenshot(page, 'annotate-similar-corpus');

  // "Mark all" marks every other occurrence listed (all of them but the one marked: the seeds
  // are far under the list's limit); Undo takes them back.
  const elsewhere = seeds
    .filter((seed) => seed !== levant)
    .reduce((sum, seed) => sum + offsetsOf(seed.text, /\bcivilians?\b/gi).length, 0);
  await expect
    .poll(() => textOf(page.getByText(/in other articles\.$/)))
    .toBe(`${elsewhere} in other articles.`);
  await page.getByRole('button', { name: 'Mark all in this list' }).click();
  await expect.poll(async () => (await live(page)).length).toBe(3 + elsewhere);
  await page.getByRole('button', { name: `Undo marking ${elsewhere - 1}` }).click();
  await expect.poll(async () => (await live(page)).length).toBe(4);

  await page.reload();
  await page.locator('[data-article-text] p').first().waitFor();
  const articles = await readStore<StoredArticle>(page, 'articles');
  const idOf = (title: string) => articles.find((article) => article.title === title)?.id;
  const stored = (await live(page)).sort((a, b) => a.start - b.start);
  const inLevant = stored.filter((a) => a.articleId === idOf(levant.title));
  expect(inLevant.map((a) => [a.start, a.exact, a.labelId])).toEqual([
    [starts[1], 'civilian', 'casualty-framing'],
    [starts[2], 'civilian', 'casualty-framing'],
    [starts[3], 'civilian', 'casualty-framing'],
  ]);
  const inYalla = stored.filter((a) => a.articleId === idOf(yalla.title));
  expect(inYalla.map((a) => [a.start, a.exact, a.labelId])).toEqual([
    [offsetsOf(yalla.text, /\bcivilian\b/gi)[0], 'civilian', 'casualty-framing'],
  ]);
}, 120_000);

test('in blind mode nothing is offered, but the term marked by hand joins the personal layer', async () => {
  const { page } = session;
  await openSeedArticle(page, 'Levant24');
  await page.getByLabel('Blind mode (hide suggestions)').check();
  await dragSelect(page, levant.text, 'civilian', 2);
  await page.keyboard.press('6');
  await nameAnnotatorIfAsked(page, 'Ada');
  await expect.poll(async () => (await live(page)).length).toBe(1);
  await expect
    .poll(async () => (await readStore<{ id: string }>(page, 'personalLexicon')).map((e) => e.id))
    .toEqual(['px-civilian']);
  expect(await page.getByTestId('similar-status').count()).toBe(0);
  expect(await page.getByTestId('suggestion-quote').count()).toBe(0);
}, 120_000);
