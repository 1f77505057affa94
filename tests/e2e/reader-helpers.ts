import type { Locator, Page } from 'playwright-core';
import { appUrl } from './harness';
import { seeds } from './seeds';

export function seedByOutlet(outlet: string) {
  const seed = seeds.find((candidate) => candidate.outlet === outlet);
  if (!seed) throw new Error(`fixture: no seed for ${outlet}`);
  return seed;
}

/** Opens a seed article from the library by its title. */
export async function openSeedArticle(page: Page, outlet: string): Promise<void> {
  const seed = seedByOutlet(outlet);
  await page.goto(appUrl('#/'));
  await page.getByRole('link', { name: seed.title }).click();
  await page.locator('[data-article-text] p').first().waitFor();
}

/** Viewport coordinates of the middle of the character at a text offset. */
async function charCenter(
  page: Page,
  offset: number,
  scroll = true,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([at, scrollFirst]) => {
      const paragraphs = [
        ...document.querySelectorAll<HTMLElement>('[data-article-text] p[data-start]'),
      ];
      const paragraph = paragraphs.find(
        (p) => Number(p.dataset.start) <= at && at < Number(p.dataset.end),
      );
      const node = paragraph?.firstChild;
      if (!paragraph || !node) throw new Error(`no paragraph holds offset ${at}`);
      const range = document.createRange();
      const local = at - Number(paragraph.dataset.start);
      range.setStart(node, local);
      range.setEnd(node, local + 1);
      if (scrollFirst) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [offset, scroll] as const,
  );
}

/**
 * Selects text with the real mouse: press on the first character of the `occurrence`-th match
 * of `needle`, drag to its last character, release.
 */
export async function dragSelect(
  page: Page,
  text: string,
  needle: string,
  occurrence = 1,
): Promise<{ start: number; end: number }> {
  let start = -1;
  for (let i = 0; i < occurrence; i += 1) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`fixture: "${needle}" not in text`);
  const end = start + needle.length;
  const from = await charCenter(page, start);
  // The end is measured without scrolling again, or the start's coordinates would be stale.
  const to = await charCenter(page, end - 1, false);
  await page.mouse.move(from.x - 2, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x + 2, to.y, { steps: 4 });
  await page.mouse.up();
  return { start, end };
}

/** Clicks the middle of a word in the text. */
export async function clickTextAt(
  page: Page,
  text: string,
  needle: string,
  occurrence = 1,
): Promise<void> {
  let start = -1;
  for (let i = 0; i < occurrence; i += 1) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`fixture: "${needle}" not in text`);
  const point = await charCenter(page, start + Math.floor(needle.length / 2));
  await page.mouse.click(point.x, point.y);
}

/** The text covered by each painted CSS highlight, by highlight name. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      result[name] = [...highlight].map((range) => range.toString()).sort();
    });
    return result;
  });
}

export async function nameAnnotatorIfAsked(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is annotating?' });
  await dialog.waitFor({ timeout: 30_000 });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Start annotating' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Text of an element, or null when it is not there (never waits long: for use inside polls). */
export async function textOf(locator: Locator): Promise<string | null> {
  return locator.textContent({ timeout: 250 }).catch(() => null);
}
