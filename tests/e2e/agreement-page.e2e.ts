import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appUrl, openApp, readDownload, screenshot, writeRecord, type AppSession } from './harness';

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

const GOLD = 'Gold — curated by Ms Rivera';

/*
 * The fixture: one article, "Militants attacked the town. Officials called the fighters
 * rebels." — 9 word tokens: Militants attacked the town Officials called the fighters rebels.
 *   Ana: Militants (Actor label), rebels (Actor label)
 *   Ben: Militants (Actor label), attacked (Loaded language)
 *   Cy:  Militants (Actor label), rebels (Actor label)
 *   Gold — curated by Ms Rivera: Militants (Actor label) — left out by default.
 * Values per token (Ana, Ben, Cy), L = Actor label, G = Loaded language, n = none:
 *   Militants L L L · attacked n G n · 6 tokens n n n · rebels L n L.
 */
async function importFixture(page: Page, file?: string): Promise<void> {
  const buffer = file
    ? Buffer.from(file, 'utf8')
    : await readFile(
        join('tests', 'e2e', 'fixtures', 'agreement-page', 'three-annotators.framelens.json'),
      );
  await page.goto(appUrl('#/exchange'));
  await page.getByRole('heading', { name: 'Import & export', level: 1 }).waitFor();
  await page.getByLabel('Annotation file').setInputFiles({
    name: 'three-annotators.framelens.json',
    mimeType: 'application/json',
    buffer,
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-done').waitFor();
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openFromSummary(page: Page): Promise<void> {
  await page.goto(appUrl('#/summary'));
  await page.getByRole('link', { name: 'Agreement between annotators' }).click();
  await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
  await expect.poll(() => page.getByTestId('agreement-status').textContent()).toBe('Up to date');
}

function kappaCell(page: Page, row: string, column: string) {
  const matrix = section(page, "Cohen's κ").getByRole('table');
  return matrix.evaluate(
    (table, [rowName, columnName]) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
      const index = headers.indexOf(columnName ?? '') + 1;
      const tr = [...table.querySelectorAll('tbody tr')].find(
        (line) => line.querySelector('th')?.textContent === rowName,
      );
      return tr?.children[index]?.textContent ?? null;
    },
    [row, column],
  );
}

describe('Agreement page', () => {
  test('the defaults, α and κ by hand, a smaller selection, the CSV, undefined reasons', async () => {
    const { page } = session;
    await importFixture(page);
    await openFromSummary(page);

    // Defaults: the three who coded are chosen, the gold set is not; the one article is.
    const annotators = page.getByRole('group', { name: /^Annotators/ });
    for (const name of ['Ana', 'Ben', 'Cy']) {
      expect(
        await annotators.getByRole('checkbox', { name: new RegExp(`^${name}`) }).isChecked(),
      ).toBe(true);
    }
    expect(
      await annotators.getByRole('checkbox', { name: new RegExp(`^${GOLD}`) }).isChecked(),
    ).toBe(false);
    const articles = page.getByRole('group', { name: /^Articles/ });
    expect(await articles.getByRole('checkbox', { name: /^Town attacked/ }).isChecked()).toBe(true);

    /*
     * α, three annotators (each token's 3 values give 3·2 ordered pairs of weight 1/2):
     *   Militants LLL → o_LL 3; attacked nGn → o_nG 1, o_Gn 1, o_nn 1; six nnn → o_nn 18;
     *   rebels LnL → o_Ln 1, o_nL 1, o_LL 1.  n_L = 5, n_n = 21, n_G = 1, n = 27.
     *   α = 1 − (n − 1)·Σ_{c≠k} o_ck / (n² − Σ n_c²) = 1 − 26·4 / (729 − 467) = 158/262 = 0.603.
     */
    const overall = section(page, 'Overall');
    await expect.poll(() => overall.textContent()).toContain('α = 0.603');
    expect(await overall.textContent()).toContain('n = 27 values in 9 units');
    expect(await overall.textContent()).toContain("Krippendorff's α");

    /*
     * κ Ana–Ben over the 9 tokens: Ana L n n n n n n n L, Ben L G n n n n n n n.
     *   p_o = 7/9 (Militants and the six); p_e = (2·1 [L] + 7·7 [n] + 0·1 [G]) / 81 = 51/81;
     *   κ = (63/81 − 51/81) / (30/81) = 12/30 = 0.400. Ana–Cy: identical codings, κ = 1.
     */
    expect(await kappaCell(page, 'Ana', 'Ben')).toBe('0.400');
    expect(await kappaCell(page, 'Ben', 'Ana')).toBe('0.400');
    expect(await kappaCell(page, 'Ana', 'Cy')).toBe('1.000');
    expect(await kappaCell(page, 'Ana', 'Ana')).toBe('');

    // Nobody used "Action framing": no variation, so its α is "—" with the reason as its title.
    const byLabel = section(page, 'By label').getByRole('row', { name: /^Action framing/ });
    const cell = byLabel.getByRole('cell').first();
    expect(await cell.textContent()).toBe('—');
    expect(await cell.getAttribute('title')).toBeTruthy();

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'agreement-page');
    await page.setViewportSize({ width: 390, height: 844 });
    await section(page, "Cohen's κ").scrollIntoViewIfNeeded();
    await screenshot(page, 'agreement-page-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The CSV: the contract's header and the overall α row (158/262 = 0.6030534…).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download agreement (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^framelens-agreement-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readDownload(download)).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('measure,scope,annotator_a,annotator_b,value,n,reason');
    const alphaRow = lines.find((line) => line.startsWith('alpha,overall,'));
    expect(Number(alphaRow?.split(',')[4])).toBeCloseTo(158 / 262, 9);
    expect(lines.some((line) => line.startsWith('kappa,overall,Ana,Ben,0.4'))).toBe(true);

    /*
     * Without Cy: two values per token. o_LL 2 (Militants); o_nG 1, o_Gn 1 (attacked);
     *   o_nn 12 (six); o_Ln 1, o_nL 1 (rebels). n_L 3, n_n 14, n_G 1, n = 18.
     *   α = 1 − 17·4 / (324 − (9 + 196 + 1)) = 1 − 68/118 = 0.424. The matrix is 2 × 2.
     */
    await annotators.getByRole('checkbox', { name: /^Cy/ }).uncheck();
    await expect.poll(() => overall.textContent()).toContain('α = 0.424');
    const matrix = section(page, "Cohen's κ").getByRole('table');
    await expect.poll(() => matrix.getByRole('row').count()).toBe(3);
    expect(await matrix.getByRole('columnheader').allTextContents()).toEqual(['Ana', 'Ben']);

    // One annotator: α is undefined, and the page says why in words.
    await annotators.getByRole('checkbox', { name: /^Ben/ }).uncheck();
    await expect.poll(() => overall.textContent()).toContain('α is undefined: ');

    // An article's link opens its disagreement map with the chosen annotators handed over.
    await section(page, 'By article').getByRole('link', { name: 'Town attacked' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe('#/articles/art-agree/disagreement');
    const handedOver = await page.evaluate(() =>
      sessionStorage.getItem('framelens.map-annotators'),
    );
    expect(JSON.parse(handedOver ?? 'null')).toEqual(['ann-ana']);

    // The Classroom page links here too.
    await page.goto(appUrl('#/classroom'));
    const link = page.getByRole('link', { name: 'Agreement between annotators' });
    expect(await link.getAttribute('href')).toBe('#/agreement');
  });

  test('thirty annotators: the κ matrix scrolls inside its region, not the page', async () => {
    const { page } = session;
    await importFixture(page, classFile(30));
    await openFromSummary(page);
    const matrix = section(page, "Cohen's κ").getByRole('table');
    await expect.poll(() => matrix.getByRole('row').count()).toBe(31);
    const scroller = section(page, "Cohen's κ").getByRole('region');
    const widths = await scroller.evaluate((region) => ({
      region: region.scrollWidth > region.clientWidth,
      page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    }));
    expect(widths).toEqual({ region: true, page: false });
    // Names stay on one line: every column header is one line high.
    const heights = await matrix.evaluate((table) =>
      [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().height),
    );
    expect(new Set(heights).size).toBe(1);
    await scroller.scrollIntoViewIfNeeded();
    await scroller.evaluate((region) => region.scrollBy(400, 200));
    await screenshot(page, 'agreement-kappa-30');
  });

  test('from an assignment: its articles chosen, the annotators who coded them', async () => {
    const { page } = session;
    await importFixture(page);
    await page.getByRole('button', { name: 'Import another file' }).click();
    await importFixture(
      page,
      classFile(3, 'Bridge held', 'Militants held the bridge, rebels said.'),
    );
    const id = '0192f3a4-0000-7000-8000-00000000b001';
    await storeTeacherAssignment(page, id, ['art-agree']);
    await page.goto(appUrl(`#/classroom/${id}`));
    await page.getByRole('link', { name: 'Agreement on this assignment' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe(`#/agreement/assignment/${id}`);
    const articles = page.getByRole('group', { name: /^Articles/ });
    await expect
      .poll(() => articles.getByRole('checkbox', { name: /^Town attacked/ }).isChecked())
      .toBe(true);
    expect(await articles.getByRole('checkbox', { name: /^Bridge held/ }).isChecked()).toBe(false);
    const annotators = page.getByRole('group', { name: /^Annotators/ });
    expect(await annotators.getByRole('checkbox', { name: /^Ana/ }).isChecked()).toBe(true);
    expect(await annotators.getByRole('checkbox', { name: /^Student number 1 / }).isChecked()).toBe(
      false,
    );
    // The same three on the same article as the first test: α = 158/262 = 0.603.
    await expect.poll(() => section(page, 'Overall').textContent()).toContain('α = 0.603');
  });

  test('another tab adds an annotator: the page computes again', async () => {
    const { page } = session;
    await importFixture(page);
    await openFromSummary(page);
    await expect.poll(() => section(page, 'Overall').textContent()).toContain('α = 0.603');

    const other = await session.newPage();
    await importFixture(other, classFile(1, 'Town attacked', TOWN, 'art-agree'));

    /*
     * Student number 1 codes like Ana: Militants L, rebels L. Four values per token (weight 1/3
     * per ordered pair): attacked nGnn → o_Gn 1, o_nG 1; rebels LnLL → o_Ln 1, o_nL 1; Σ 4.
     *   n_L = 4 + 3 = 7, n_G = 1, n_n = 36 − 8 = 28, n = 36.
     *   α = 1 − 35·4 / (1296 − (49 + 1 + 784)) = 1 − 140/462 = 0.697.
     */
    const annotators = page.getByRole('group', { name: /^Annotators/ });
    await expect
      .poll(() => annotators.getByRole('checkbox', { name: /^Student number 1/ }).isChecked())
      .toBe(true);
    await expect.poll(() => section(page, 'Overall').textContent()).toContain('α = 0.697');
  });
});

const TOWN = 'Militants attacked the town. Officials called the fighters rebels.';

/** A teacher's assignment over `articleIds`, written straight into IndexedDB. */
async function storeTeacherAssignment(page: Page, id: string, articleIds: string[]) {
  await writeRecord(page, 'assignments', {
    id,
    revision: 1,
    role: 'teacher',
    title: 'Naming the attackers',
    instructions: '',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: null,
    teacher: { id: 'ann-teacher', name: 'Ms Rivera' },
    mode: { suggestions: false, outletBlind: false },
    articleIds,
    outletCodes: {},
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
  });
}

/** `count` students, each marking "Militants" and every third one also "rebels". */
function classFile(
  count: number,
  title = 'Town attacked',
  text = TOWN,
  articleId = 'art-class',
): string {
  const students = Array.from({ length: count }, (_, index) => ({
    id: `ann-${String(index + 1).padStart(2, '0')}`,
    name: `Student number ${index + 1}`,
    role: 'annotator',
  }));
  const span = (annotatorId: string, word: string, index: number) => {
    const start = text.indexOf(word);
    return {
      id: `0192f3a4-0000-7000-8001-${String(index).padStart(12, '0')}`,
      articleId,
      start,
      end: start + word.length,
      exact: word,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + word.length, start + word.length + 32),
      labelId: 'actor-label',
      target: null,
      valence: -1,
      voice: 'own',
      note: '',
      annotatorId,
      status: 'accepted',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      deleted: 0,
    };
  };
  const annotations = students.flatMap((student, index) => [
    span(student.id, 'Militants', index * 2 + 1),
    ...(index % 3 === 0 ? [span(student.id, 'rebels', index * 2 + 2)] : []),
  ]);
  return JSON.stringify({
    format: 'framelens',
    version: 1,
    exportedAt: '2026-12-01T12:00:00.000Z',
    source: 'FrameLens',
    outlets: [{ id: 'out-class', name: 'Harbour Herald' }],
    articles: [
      {
        id: articleId,
        outletId: 'out-class',
        title,
        url: null,
        published: '2026-11-30',
        language: 'en',
        textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        wordCount: 9,
        source: 'paste',
        addedAt: '2026-12-01T09:00:00.000Z',
        text,
      },
    ],
    annotations,
    annotators: students,
  });
}
