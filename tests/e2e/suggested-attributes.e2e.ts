import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './harness';
import { clickTextAt, openSeedArticle, paintedHighlights, seedByOutlet } from './reader-helpers';

let session: AppSession;

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

/** The attribute line of the suggestion card after clicking the `occurrence`th `term`. */
async function suggestedAttributes(
  page: Page,
  text: string,
  term: string,
  occurrence = 1,
): Promise<string | null> {
  await clickTextAt(page, text, term, occurrence);
  const card = page.getByRole('region', { name: 'Suggestion' });
  await expect.poll(() => card.getByTestId('suggestion-quote').textContent()).toBe(term);
  return card.locator('p').nth(2).textContent();
}

async function openWithSuggestions(page: Page, outlet: string): Promise<void> {
  await openSeedArticle(page, outlet);
  await expect
    .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
    .toBeGreaterThan(0);
}

describe('suggested target and voice in the reader', () => {
  test('Tasnim: "overran" is HTS’s act; "terrorist organization" is what HTS is designated', async () => {
    const { page } = session;
    const tasnim = seedByOutlet('Tasnim News Agency');
    await openWithSuggestions(page, 'Tasnim News Agency');
    // "According to local media reports, HTS and allied militant factions overran … under
    // Syrian military control": HTS's act, as the reports tell it.
    expect(await suggestedAttributes(page, tasnim.text, 'overran')).toContain(
      'HTS and allied factions · attributed',
    );
    // "HTS, formerly known as the Nusra Front, is designated a terrorist organization by Syria,
    // Russia, …": HTS, in a reported designation.
    expect(await suggestedAttributes(page, tasnim.text, 'terrorist organization')).toContain(
      'HTS and allied factions · attributed',
    );
    await screenshot(page, 'suggested-attributes-tasnim');
  });

  test('RT: "government forces" that HTS pushed back are the Syrian government’s', async () => {
    const { page } = session;
    const rt = seedByOutlet('RT');
    await openWithSuggestions(page, 'RT');
    expect(await suggestedAttributes(page, rt.text, 'government forces')).toContain(
      'Syrian government and army · own',
    );
  });
});
