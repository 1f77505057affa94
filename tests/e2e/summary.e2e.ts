import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, readStore, screenshot, type AppSession } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  openSeedArticle,
  paintedHighlights,
  seedByOutlet,
} from './reader-helpers';

interface StoredAnnotation {
  id: string;
  articleId: string;
  exact: string;
  start: number;
  target: string | null;
  voice: string;
  valence: number;
  status: string;
  deleted: number;
}

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

const liveAnnotations = async (page: Page) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (annotation) => !annotation.deleted && annotation.status === 'accepted',
  );

type VoiceName = 'Own' | 'Quoted' | 'Attributed';

interface Mark {
  outlet: string;
  words: string;
  occurrence?: number;
  voice: VoiceName;
  /** The valence button's text: "−2", "−1", "+1"… */
  valence: string;
}

/**
 * Marks words with the mouse and key 1 (actor label), then sets target, voice and valence in the
 * editor, as a person would; waits until IndexedDB holds exactly that.
 */
async function annotate(page: Page, mark: Mark, askName = false): Promise<StoredAnnotation> {
  const seed = seedByOutlet(mark.outlet);
  await openSeedArticle(page, mark.outlet);
  const span = await dragSelect(page, seed.text, mark.words, mark.occurrence ?? 1);
  await expect
    .poll(() => page.getByTestId('pending-selection').textContent())
    .toContain(mark.words);
  await page.keyboard.press('1');
  if (askName) await nameAnnotatorIfAsked(page, 'Ada');
  await expect.poll(() => page.getByTestId('selected-quote').textContent()).toBe(mark.words);
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  await editor.getByLabel('Target (who the word is about)').selectOption('hts');
  // A click, not check(): the radio shows the stored voice, so it turns on once the write lands
  // (check() insists it is on at once); the stored annotation is asserted below.
  await editor.getByRole('radio', { name: new RegExp(`^${mark.voice}`) }).click();
  await editor.locator('label', { hasText: mark.valence }).click();
  const valence = Number(mark.valence.replace('−', '-'));
  const voice = mark.voice.toLowerCase();
  const stored = async () =>
    (await liveAnnotations(page)).find(
      (annotation) => annotation.start === span.start && annotation.exact === mark.words,
    );
  await expect
    .poll(async () => {
      const annotation = await stored();
      return annotation && [annotation.target, annotation.voice, annotation.valence];
    })
    .toEqual(['hts', voice, valence]);
  return (await stored()) as StoredAnnotation;
}

/*
 * The corpus for the numbers below: the five seed articles, with the app's word counts
 * (Levant24 448, RT 416, Tasnim 377, The New Arab 572, Yalla TV 429; 2,242 in all), and five
 * actor-label annotations about HTS:
 *   RT        "terrorists" (1st, own, −2), "terrorists" (2nd, in a quotation: quoted, −2),
 *             "militants" (1st, own, −1)
 *   Tasnim    "militant groups" (own, −1)
 *   Levant24  "commando unit" (own, +1)
 * Canonical terms (lexicon): terrorists → terrorist, militants → militant, militant groups,
 * commando unit.
 */
const marks: Mark[] = [
  { outlet: 'RT', words: 'terrorists', occurrence: 1, voice: 'Own', valence: '−2' },
  { outlet: 'RT', words: 'terrorists', occurrence: 2, voice: 'Quoted', valence: '−2' },
  { outlet: 'RT', words: 'militants', occurrence: 1, voice: 'Own', valence: '−1' },
  { outlet: 'Tasnim News Agency', words: 'militant groups', voice: 'Own', valence: '−1' },
  { outlet: 'Levant24', words: 'commando unit', voice: 'Own', valence: '+1' },
];

async function annotateAll(page: Page, list: readonly Mark[]): Promise<StoredAnnotation[]> {
  const stored: StoredAnnotation[] = [];
  for (const [i, mark] of list.entries()) stored.push(await annotate(page, mark, i === 0));
  return stored;
}

async function openSummary(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Summary' })
    .click();
  await page.getByRole('heading', { name: 'Framing summary', level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId('summary-status').textContent()).toBe('Up to date');
}

const block = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** The texts of a table row's cells (row header first), found by its header's text. */
async function rowTexts(table: Locator, header: string): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
  return (await row.locator('th, td').allTextContents()).map((text) =>
    text.replace(/\s+/g, ' ').trim(),
  );
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('the download was not saved');
  return readFile(path);
}

/** Scrolls a block to the top of the window (for screenshots of it). */
async function scrollToBlock(page: Page, title: string): Promise<void> {
  await block(page, title).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
}

const datedName = (what: string, extension: string) =>
  new RegExp(`^framelens-${what}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

describe('framing summary', () => {
  test('with no annotations it says how to start, with a link to an article', async () => {
    const { page } = session;
    await openSummary(page);
    await page.getByText('No annotations yet.').waitFor();
    // The suggested article is the library's first (outlets by name: Levant24 first).
    const levant24 = seedByOutlet('Levant24');
    await page.getByRole('main').getByRole('link', { name: levant24.title }).click();
    await page.locator('[data-article-text] p').first().waitFor();
    expect(await page.locator('#article-title').textContent()).toBe(levant24.title);
  });

  test('numbers, naming, valence, distinctive terms, CSV and the concordance match hand counts', async () => {
    const { page } = session;
    const stored = await annotateAll(page, marks);
    await openSummary(page);
    await expect
      .poll(() => page.getByText(/^\d+ outlets ·/).textContent())
      .toBe('5 outlets · 5 articles · 2,242 words · 5 annotations');

    // Per outlet, as a table. Actor-label rate = count / words × 1000:
    //   RT 3 / 416 × 1000 = 7.2115 → 7.21;  Tasnim 1 / 377 × 1000 = 2.6525 → 2.65;
    //   Levant24 1 / 448 × 1000 = 2.2321 → 2.23;  The New Arab, Yalla TV: 0 → 0.00;
    //   all outlets 5 / 2242 × 1000 = 2.2302 → 2.23.  Other labels: 0.00 everywhere.
    const perOutlet = block(page, 'Per outlet');
    await perOutlet.getByRole('button', { name: 'Table' }).click();
    const rates = perOutlet.getByRole('table');
    const zeros = Array(5).fill('0.00 (0)');
    expect(await rowTexts(rates, 'RT')).toEqual(['RT', '1', '416', '3', '7.21 (3)', ...zeros]);
    expect(await rowTexts(rates, 'Tasnim News Agency')).toEqual([
      'Tasnim News Agency',
      '1',
      '377',
      '1',
      '2.65 (1)',
      ...zeros,
    ]);
    expect(await rowTexts(rates, 'Levant24')).toEqual([
      'Levant24',
      '1',
      '448',
      '1',
      '2.23 (1)',
      ...zeros,
    ]);
    expect(await rowTexts(rates, 'The New Arab')).toEqual([
      'The New Arab',
      '1',
      '572',
      '0',
      '0.00 (0)',
      ...zeros,
    ]);
    expect(await rowTexts(rates, 'Yalla TV')).toEqual([
      'Yalla TV',
      '1',
      '429',
      '0',
      '0.00 (0)',
      ...zeros,
    ]);
    expect(await rowTexts(rates, 'All outlets')).toEqual([
      'All outlets',
      '5',
      '2,242',
      '5',
      '2.23 (5)',
      ...zeros,
    ]);

    // CSV of that table: the same numbers (full precision), one row per outlet plus the total.
    const csvDownload = await downloaded(page, () =>
      perOutlet.getByRole('button', { name: 'Download the per-outlet rates as CSV' }).click(),
    );
    expect(csvDownload.suggestedFilename()).toMatch(datedName('per-outlet-rates', 'csv'));
    const csv = Papa.parse<Record<string, string>>(
      (await readDownload(csvDownload)).toString('utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    );
    expect(csv.errors).toEqual([]);
    const csvRow = (outlet: string) => csv.data.find((row) => row.Outlet === outlet);
    for (const outlet of [
      'RT',
      'Tasnim News Agency',
      'Levant24',
      'The New Arab',
      'Yalla TV',
      'All outlets',
    ]) {
      const screen = await rowTexts(rates, outlet);
      const row = csvRow(outlet);
      expect(row?.Words).toBe(screen[2]?.replace(',', ''));
      expect(row?.Annotations).toBe(screen[3]);
      expect(
        `${Number(row?.['Actor label per 1,000 words']).toFixed(2)} (${row?.['Actor label (count)']})`,
      ).toBe(screen[4]);
    }
    expect(Number(csvRow('RT')?.['Actor label per 1,000 words'])).toBeCloseTo((3 / 416) * 1000, 10);

    // Naming table: HTS row, one column per outlet (Levant24, RT, Tasnim, New Arab, Yalla TV).
    const naming = block(page, 'Naming table').getByRole('table');
    expect(await rowTexts(naming, 'HTS and allied factions')).toEqual([
      'HTS and allied factions',
      'commando unit 1',
      'terrorist 1 · quoted 1militant 1',
      'militant groups 1',
      '—none',
      '—none',
    ]);
    const rtCell = naming.getByRole('row').nth(1).getByRole('cell').nth(1);
    expect(await rtCell.getByRole('listitem').allTextContents()).toEqual([
      'terrorist 1 · quoted 1',
      'militant 1',
    ]);
    const namingCsv = await downloaded(page, () =>
      block(page, 'Naming table')
        .getByRole('button', { name: 'Download the naming table as CSV' })
        .click(),
    );
    expect(namingCsv.suggestedFilename()).toMatch(datedName('naming-table', 'csv'));
    expect((await readDownload(namingCsv)).toString('utf8')).toContain(
      'HTS and allied factions,RT,terrorist,1,1,0,2',
    );

    // Mean valence: RT (−2 − 2 − 1) / 3 = −1.67 (n = 3); Tasnim −1.00 (n = 1); Levant24 +1.00.
    const valence = block(page, 'Valence');
    await valence.getByRole('button', { name: 'Table' }).click();
    expect(await rowTexts(valence.getByRole('table'), 'HTS and allied factions')).toEqual([
      'HTS and allied factions',
      '+1.00 (n = 1)',
      '−1.67 (n = 3)',
      '−1.00 (n = 1)',
      '—no annotations',
      '—no annotations',
    ]);

    // Distinctive terms of RT (i) against the rest (j): N = 5 annotations, α_w = corpus count,
    // α_0 = 5; n_i = 3, n_j = 2.
    //   terrorist: y_i 2, y_j 0, α 2 → δ = ln(4/4) − ln(2/5) = 0.9163; σ² = 1/4 + 1/2 → z = 1.06
    //   militant:  y_i 1, y_j 0, α 1 → δ = ln(2/6) − ln(1/6) = 0.6931; σ² = 1/2 + 1 → z = 0.57
    const distinctive = block(page, 'Distinctive terms');
    await distinctive.getByLabel('Outlet').selectOption({ label: 'RT' });
    await distinctive.getByRole('button', { name: 'Table' }).click();
    const distinctiveTable = distinctive.getByRole('table');
    expect(await rowTexts(distinctiveTable, 'terrorist')).toEqual([
      'terrorist',
      '2',
      '0',
      '+0.92',
      '+1.06',
    ]);
    expect(await rowTexts(distinctiveTable, 'militant')).toEqual([
      'militant',
      '1',
      '0',
      '+0.69',
      '+0.57',
    ]);

    // Concordance: "terrorist" has two lines, both RT, in text order; the quoted one opens the
    // reader on that annotation.
    const concordance = block(page, 'Concordance');
    await concordance.getByLabel('Term', { exact: true }).selectOption('terrorist');
    await expect
      .poll(() => concordance.getByRole('status').textContent())
      .toBe('2 lines for “terrorist”');
    const lines = concordance.getByRole('table').getByRole('row');
    expect(await lines.nth(1).getByRole('rowheader').textContent()).toBe('RT');
    expect(await lines.nth(2).textContent()).toContain('supported by thousands of foreign');
    const quoted = stored[1] as StoredAnnotation;
    await lines
      .nth(2)
      .getByRole('link', { name: /terrorists/ })
      .click();
    await expect
      .poll(() => page.url())
      .toContain(`#/articles/${quoted.articleId}/annotations/${quoted.id}`);
    await expect.poll(() => page.getByTestId('selected-quote').textContent()).toBe('terrorists');
    expect(await page.getByTestId('article-outlet').textContent()).toBe('RT');
  });

  test('filters, charts and their exports; other tabs’ changes recompute the summary', async () => {
    const { page } = session;
    await annotateAll(page, marks);
    await openSummary(page);
    const perOutlet = block(page, 'Per outlet');

    // Charts are drawn by Plot (an SVG with the label colours) and export as PNG and SVG.
    const chart = perOutlet.getByRole('img', { name: /Grouped bar chart/ });
    await chart.locator('svg').first().waitFor();
    expect(await chart.locator('svg [fill="#E69F00"]').count()).toBeGreaterThan(0);
    const png = await downloaded(page, () =>
      perOutlet.getByRole('button', { name: 'Download the per-outlet rates chart as PNG' }).click(),
    );
    expect(png.suggestedFilename()).toMatch(datedName('per-outlet-rates', 'png'));
    expect((await readDownload(png)).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const svg = await downloaded(page, () =>
      perOutlet.getByRole('button', { name: 'Download the per-outlet rates chart as SVG' }).click(),
    );
    expect(svg.suggestedFilename()).toMatch(datedName('per-outlet-rates', 'svg'));
    const svgText = (await readDownload(svg)).toString('utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('Actor label');

    // Leaving out quoted words: RT keeps 2 actor labels → 2 / 416 × 1000 = 4.81.
    await perOutlet.getByRole('button', { name: 'Table' }).click();
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Quoted' }).uncheck();
    await expect
      .poll(async () => (await rowTexts(perOutlet.getByRole('table'), 'RT'))[4])
      .toBe('4.81 (2)');
    await filters.getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(async () => (await rowTexts(perOutlet.getByRole('table'), 'RT'))[4])
      .toBe('7.21 (3)');

    // One outlet only: distinctive terms and the comparison say they need two.
    const outletChoices = filters.getByRole('group', { name: /^Outlets/ });
    for (const outlet of ['Levant24', 'Tasnim News Agency', 'The New Arab', 'Yalla TV']) {
      await outletChoices.getByRole('checkbox', { name: outlet }).uncheck();
    }
    await expect
      .poll(() => block(page, 'Distinctive terms').textContent())
      .toContain('they need annotations from at least two outlets');
    await expect
      .poll(() => block(page, 'Compare two outlets').textContent())
      .toContain('A comparison needs two outlets');
    await filters.getByRole('button', { name: 'Reset' }).click();

    // Compare RT with Tasnim: actor label 7.21 against 2.65.
    const compare = block(page, 'Compare two outlets');
    await compare.getByLabel('First outlet').selectOption({ label: 'RT' });
    await compare.getByLabel('Second outlet').selectOption({ label: 'Tasnim News Agency' });
    await compare.getByRole('button', { name: 'Table' }).click();
    expect(await rowTexts(compare.getByRole('table').first(), 'Actor label')).toEqual([
      'Actor label',
      '7.21 (3)',
      '2.65 (1)',
    ]);

    // Another tab annotates Yalla TV: this summary recomputes without a reload.
    const second = await session.newPage();
    await annotate(second, { outlet: 'Yalla TV', words: 'militants', voice: 'Own', valence: '−1' });
    // Yalla TV: 1 / 429 × 1000 = 2.33.
    await expect
      .poll(async () => (await rowTexts(perOutlet.getByRole('table'), 'Yalla TV'))[4], {
        timeout: 30_000,
      })
      .toBe('2.33 (1)');
    await second.close();
  });

  test('a fuller corpus: every lexicon suggestion accepted in the five articles (screenshots)', async () => {
    const { page } = session;
    for (const [i, outlet] of [
      'Levant24',
      'RT',
      'Tasnim News Agency',
      'The New Arab',
      'Yalla TV',
    ].entries()) {
      await openSeedArticle(page, outlet);
      await page.getByRole('button', { name: 'Accept all in this article' }).click();
      if (i === 0) await nameAnnotatorIfAsked(page, 'Ada');
      await expect
        .poll(async () => ((await paintedHighlights(page))['fl-suggestion'] ?? []).length)
        .toBe(0);
    }
    const stored = await liveAnnotations(page);
    await openSummary(page);
    await expect
      .poll(() => page.getByText(/^\d+ outlets ·/).textContent())
      .toBe(`5 outlets · 5 articles · 2,242 words · ${stored.length} annotations`);
    // The per-outlet table adds up to the stored annotations.
    const perOutlet = block(page, 'Per outlet');
    await perOutlet.getByRole('button', { name: 'Table' }).click();
    expect((await rowTexts(perOutlet.getByRole('table'), 'All outlets'))[3]).toBe(
      String(stored.length),
    );
    await perOutlet.getByRole('button', { name: 'Chart', exact: true }).click();
    await perOutlet
      .getByRole('img', { name: /Grouped bar chart/ })
      .locator('svg')
      .first()
      .waitFor();

    const dismiss = page.getByRole('button', { name: 'OK', exact: true });
    if (await dismiss.isVisible()) await dismiss.click();
    await page.mouse.move(0, 0);
    await screenshot(page, 'summary');
    await scrollToBlock(page, 'Naming table');
    await screenshot(page, 'summary-naming');
    await scrollToBlock(page, 'Distinctive terms');
    await screenshot(page, 'summary-distinctive');
    const concordance = block(page, 'Concordance');
    await concordance.getByLabel('Term', { exact: true }).selectOption('terrorist');
    await expect
      .poll(() => concordance.getByRole('status').textContent())
      .toMatch(/lines? for “terrorist”$/);
    await scrollToBlock(page, 'Concordance');
    await screenshot(page, 'summary-concordance');
  });
});
