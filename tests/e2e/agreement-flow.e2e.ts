import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  expectText,
  fixtureArticles,
  type FixtureArticle,
  giveName,
  importAnnotationFile,
  mapHighlights,
} from './agreement-helpers';
import { cellOf, downloadBy, sectionHeaded, tableRows } from './classroom-helpers';
import { appUrl, checkedSessions, openApp, screenshot } from './harness';

/*
 * THE FIXTURE (tests/e2e/fixtures/agreement-flow/{ana,ben,cy}.framelens.json): three annotators'
 * FrameLens files, each carrying the articles it annotates. Every annotation has target none,
 * voice own, valence −1, so versions differ only by label.
 *
 * Article 1 "A town changes hands" (Ana, Ben and Cy coded it):
 *   "Militants seized the town while rebels shelled the brutal regime."
 *   tokens t0 Militants [0,9)  t1 seized [10,16)  t2 the  t3 town  t4 while
 *          t5 rebels [32,38)   t6 shelled [39,46)  t7 the  t8 brutal [51,57)  t9 regime [58,64)
 *   Ana: Militants A, seized F, rebels A, regime A
 *   Ben: Militants A, seized F, rebels L, "brutal regime" A (one span over t8–t9)
 *   Cy:  Militants A, rebels A, shelled F, brutal L
 * Article 2 "Claims about a strike" (Ana and Ben coded it; Cy has no annotation there and did
 * not code it, so Cy's values there are MISSING, not "none"):
 *   "Officials claimed the strike hit fighters."
 *   tokens u0 Officials  u1 claimed  u2 the  u3 strike  u4 hit  u5 fighters
 *   Ana: claimed D, fighters A        Ben: claimed D
 * (A = Actor label, L = Loaded language, F = Action framing, D = Attribution & doubt, N = none)
 *
 * VALUES PER TOKEN (Ana / Ben / Cy; "." = missing):
 *   t0 A A A   t1 F F N   t2–t4 N N N (3 tokens)   t5 A L A   t6 N N F   t7 N N N
 *   t8 N A L   t9 A A N   u0 N N .   u1 D D .   u2–u4 N N . (3 tokens)   u5 A N .
 * Every token has at least two values: 16 units; pairable values n = 10 × 3 + 6 × 2 = 42.
 *
 * KRIPPENDORFF'S α, NOMINAL (coincidences: each ordered pair of values in a unit adds
 * 1/(m_u − 1); m_u = 3 on article 1 → ½ per pair, m_u = 2 on article 2 → 1 per pair):
 *   t0 AAA → o_AA += 3;  t1 FFN → o_FF += 1, o_FN = o_NF += 1;  t2,t3,t4,t7 NNN → o_NN += 4 × 3
 *   t5 ALA → o_AA += 1, o_AL = o_LA += 1;  t6 NNF → o_NN += 1, o_NF = o_FN += 1
 *   t8 NAL → o_NA, o_AN, o_NL, o_LN, o_AL, o_LA += ½ each;  t9 AAN → o_AA += 1, o_AN = o_NA += 1
 *   u0,u2,u3,u4 NN → o_NN += 4 × 2;  u1 DD → o_DD += 2;  u5 AN → o_AN = o_NA += 1
 *   Matrix: o_AA 5, o_FF 1, o_DD 2, o_LL 0, o_NN 12 + 1 + 8 = 21,
 *           o_AL 1.5, o_AN 0.5 + 1 + 1 = 2.5, o_FN 2, o_LN 0.5 (each also mirrored)
 *   Marginals: n_A = 5 + 1.5 + 2.5 = 9, n_L = 1.5 + 0.5 = 2, n_F = 1 + 2 = 3, n_D = 2,
 *              n_N = 21 + 2.5 + 2 + 0.5 = 26; sum 42 ✓
 *   D_o = Σ_{c≠k} o_ck / n = 2 × (1.5 + 2.5 + 2 + 0.5) / 42 = 13 / 42
 *   D_e = Σ_{c≠k} n_c n_k / (n (n − 1)) = (42² − (81 + 4 + 9 + 4 + 676)) / (42 × 41) = 990 / 1722
 *   α = 1 − D_o / D_e = 1 − 13 × 41 / 990 = 457 / 990 = 0.4616… → "α = 0.462", n = 42, 16 units
 *
 * α FOR "Actor label" (binary: covered by A = 1, else 0):
 *   t0 111 → o_11 += 3;  t5 101, t8 010, t9 110 → o_11 += 1 + 0 + 1, o_00 += 0 + 1 + 0,
 *   o_10 = o_01 += 1 each (3);  t1–t4, t6, t7 000 → o_00 += 6 × 3;  u0–u4 00 → o_00 += 5 × 2;
 *   u5 10 → o_10 = o_01 += 1
 *   o_11 = 5, o_00 = 18 + 1 + 10 = 29, o_01 = o_10 = 4; n_1 = 9, n_0 = 33
 *   α = 1 − (n − 1) × 2 o_01 / (2 n_0 n_1) = 1 − 41 × 4 / (33 × 9) = 133 / 297 = 0.4478… → 0.448
 *
 * α PER ARTICLE: article 1 alone: o_AA 5, o_FF 1, o_NN 13, o_AL 1.5, o_AN 1.5, o_FN 2, o_LN 0.5;
 *   n_A 8, n_L 2, n_F 3, n_N 17 (n 30); α = 1 − 29 × 11 / (900 − 366) = 215 / 534 = 0.4026 → 0.403
 *   article 2 alone: o_NN 8, o_DD 2, o_AN 1; n_N 9, n_D 2, n_A 1 (n 12);
 *   α = 1 − 11 × 2 / (144 − 86) = 36 / 58 = 0.6207 → 0.621
 *
 * COHEN'S κ, Ana × Ben, over the 16 tokens both coded (same values as α):
 *   disagreements t5 (A/L), t8 (N/A), u5 (A/N) → p_o = 13 / 16
 *   Ana: A 4, F 1, D 1, N 10;  Ben: A 3, L 1, F 1, D 1, N 10
 *   p_e = (4×3 + 0×1 + 1×1 + 1×1 + 10×10) / 16² = 114 / 256
 *   κ = (208 − 114) / (256 − 114) = 94 / 142 = 0.6620 → 0.662
 *
 * SPAN F1, Ana (A) × Ben (B), both articles (both coded both): |A| = 6, |B| = 5
 *   exact (same start, end, label): Militants, seized, claimed = 3 → F1 = 2 × 3 / (6 + 5) = 0.545
 *   overlap (same label, a shared character, one-to-one): + regime ~ "brutal regime" = 4
 *   → F1 = 2 × 4 / 11 = 0.727   (rebels A/L and fighters have no partner)
 *   The page's n for a pair is the spans on both sides: |A| + |B| = 6 + 5 = 11.
 *
 * TARGET, VOICE, VALENCE over overlap-matched pairs (per pair of annotators, on the articles
 * both coded): Ana–Ben 4 (above); Ana–Cy: Militants, rebels = 2; Ben–Cy: Militants = 1 → 7
 * pairs. Every target is none: same target 7 of 7 = 100 %, and α is undefined (one value).
 *
 * DISAGREEMENT MAP of article 1 for Ana, Ben, Cy (3 coders; contested = covered by some but
 * covering × 2 ≤ 3, or labels differ):
 *   Militants AAA agreed; seized FF (2 × 2 > 3) agreed; regime AA agreed;
 *   rebels A/L/A contested (labels differ); shelled F by Cy alone (1 × 2 ≤ 3) contested;
 *   brutal A (Ben) / L (Cy) contested. rebels + shelled are adjacent → one contested stretch;
 *   brutal is another ("the" between them is no contested word) → "2 contested spans".
 *
 * CURATION GROUPS (overlap, any label), in text order:
 *   1 Militants (A: Ana, Ben, Cy)  2 seized (F: Ana, Ben)  3 rebels (A: Ana, Cy; L: Ben)
 *   4 shelled (F: Cy)  5 brutal regime (A: Ana, Ben; L: Cy)  6 claimed (D: Ana, Ben)
 *   7 fighters (A: Ana) → 7 groups. The curator: group 1 "1" + Enter (accept Militants A);
 *   J skips group 2; group 3 "2" + Enter (Ben's version: rebels L); group 4 Backspace
 *   (reject); after a reload, U undoes the rejection. The gold set is exactly Militants [0,9)
 *   Actor label and rebels [32,38) Loaded language.
 */

const sessions = checkedSessions();

const [town, strike] = fixtureArticles('ana.framelens.json') as [FixtureArticle, FixtureArticle];
const CURATOR = 'Mira';
const GOLD = `Gold — curated by ${CURATOR}`;

const section = (page: Page, name: string) => sectionHeaded(page, name);
const firstTable = (where: Locator) => where.locator('table').first();

/** The row of the Span F1 table for one ordered pair. */
function pairRow(rows: string[][], a: string, b: string): string[] {
  const row = rows.find((cells) => cells[0] === a && cells[1] === b);
  if (!row) throw new Error(`no row ${a} × ${b} in ${JSON.stringify(rows)}`);
  return row;
}

async function checkAgreementNumbers(page: Page): Promise<void> {
  const overall = section(page, 'Overall');
  await expectText(page, () => overall.innerText(), "Krippendorff's α");
  await expectText(page, () => overall.innerText(), 'α = 0.462');
  await expectText(page, () => overall.innerText(), 'n = 42 values in 16 units');

  const byLabel = await tableRows(firstTable(section(page, 'By label')));
  expect(cellOf(byLabel, 'Actor label', 'α')).toBe('0.448');
  expect(cellOf(byLabel, 'Actor label', 'n')).toBe('42');

  const byArticle = await tableRows(firstTable(section(page, 'By article')));
  expect(cellOf(byArticle, town.title, 'Annotators')).toBe('3');
  expect(cellOf(byArticle, town.title, 'α')).toBe('0.403');
  expect(cellOf(byArticle, town.title, 'n')).toBe('30');
  expect(cellOf(byArticle, strike.title, 'Annotators')).toBe('2');
  expect(cellOf(byArticle, strike.title, 'α')).toBe('0.621');
  expect(cellOf(byArticle, strike.title, 'n')).toBe('12');

  const kappa = await tableRows(firstTable(section(page, "Cohen's κ")));
  expect(cellOf(kappa, 'Ana', 'Ben')).toBe('0.662');
  expect(cellOf(kappa, 'Ben', 'Ana')).toBe('0.662');
  expect(cellOf(kappa, 'Ana', 'Ana')).toBe('');

  const f1 = await tableRows(firstTable(section(page, 'Span F1')));
  const header = f1[0] ?? [];
  const anaBen = pairRow(f1, 'Ana', 'Ben');
  expect(anaBen[header.indexOf('Exact F1')]).toBe('0.545');
  expect(anaBen[header.indexOf('Overlap F1')]).toBe('0.727');
  expect(anaBen[header.indexOf('n')]).toBe('11');

  const attributes = await tableRows(firstTable(section(page, 'Target, voice and valence')));
  expect(cellOf(attributes, 'Target', 'Agreement')).toBe('100%');
  expect(cellOf(attributes, 'Target', 'n')).toBe('7');
  expect(cellOf(attributes, 'Target', 'α')).toBe('—');
  // An undefined value says why in its title.
  const targetRow = section(page, 'Target, voice and valence').getByRole('row', {
    name: /^Target/,
  });
  expect(await targetRow.locator('[title]').first().getAttribute('title')).toMatch(/same/);
}

async function checkClassroomLink(page: Page): Promise<void> {
  await page.goto(appUrl('#/classroom'));
  await page.getByRole('link', { name: 'Agreement between annotators' }).click();
  await page.waitForURL(/#\/agreement$/);
  await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
}

async function openAgreementFromSummary(page: Page): Promise<void> {
  await page.goto(appUrl('#/summary'));
  await page.getByRole('link', { name: 'Agreement between annotators' }).click();
  await page.waitForURL(/#\/agreement$/);
  await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
}

async function checkDefaultsAndHelp(page: Page): Promise<void> {
  const annotators = page.getByRole('group', { name: 'Annotators' });
  for (const name of ['Ana', 'Ben', 'Cy']) {
    expect(
      await annotators.getByRole('checkbox', { name: new RegExp(`^${name}`) }).isChecked(),
    ).toBe(true);
  }
  const articles = page.getByRole('group', { name: 'Articles' });
  for (const title of [town.title, strike.title]) {
    expect(
      await articles.getByRole('checkbox', { name: new RegExp(`^${title}`) }).isChecked(),
    ).toBe(true);
  }
  const sections = ['Overall', 'By label', 'By article', "Cohen's κ", 'Span F1'];
  for (const name of [...sections, 'Target, voice and valence']) {
    expect(await section(page, name).getByText('How is this computed?').count(), name).toBe(1);
  }
}

async function checkCsv(page: Page, dir: string): Promise<void> {
  const csv = await downloadBy(
    page,
    page.getByRole('button', { name: 'Download agreement (CSV)' }),
    dir,
  );
  expect(csv.name).toMatch(/^framelens-agreement-\d{4}-\d\d-\d\d\.csv$/);
  const lines = csv.text.trim().split(/\r?\n/);
  expect(lines[0]).toBe('measure,scope,annotator_a,annotator_b,value,n,reason');
  // The overall α (457 / 990, n = 42) is one of the rows, at full precision.
  const overall = lines.slice(1).some((line) => {
    const cells = line.split(',');
    return Math.abs(Number(cells[4]) - 457 / 990) < 1e-9 && cells[5] === '42';
  });
  expect(overall, csv.text).toBe(true);
}

async function checkDisagreementMap(page: Page): Promise<void> {
  const byArticle = section(page, 'By article');
  await byArticle.getByRole('link', { name: town.title }).click();
  await page.waitForURL(new RegExp(`#/articles/${town.id}/disagreement$`));
  const map = section(page, 'Disagreement map');
  await map.waitFor({ timeout: 30_000 });
  expect(await page.getByRole('checkbox', { name: 'Disagreement map' }).isChecked()).toBe(true);
  const chosen = map.getByRole('group', { name: 'Annotators on the map' });
  for (const name of ['Ana', 'Ben', 'Cy']) {
    expect(await chosen.getByRole('checkbox', { name: new RegExp(`^${name}`) }).isChecked()).toBe(
      true,
    );
  }
  await expect
    .poll(async () => (await mapHighlights(page)).contested)
    .toEqual(['brutal', 'rebels', 'shelled']);
  const painted = await mapHighlights(page);
  expect(painted.agreed).toEqual(['Militants', 'regime', 'seized']);
  // Covered by all three of three: the top level.
  expect(painted.byName['fl-map-agreed-4']).toContain('Militants');
  await expectText(page, () => map.innerText(), '2 contested spans');

  // J: the first contested stretch, "rebels shelled"; who marked it with what.
  await page.locator('h1').first().click();
  await page.keyboard.press('j');
  const here = map.getByRole('status').filter({ hasText: 'At this word' });
  await expectText(page, () => here.innerText(), 'Ana: Actor label');
  await expectText(page, () => here.innerText(), 'Ben: Loaded language');
  // Cy covers rebels (Actor label) and shelled (Action framing): both, joined by " + ".
  await expectText(
    page,
    () => here.innerText(),
    /Cy: (Actor label \+ Action framing|Action framing \+ Actor label)/,
  );
  await here.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await screenshot(page, 'agreement-disagreement-map');

  await map.getByRole('checkbox', { name: 'Contested only' }).check();
  await expect.poll(async () => (await mapHighlights(page)).agreed).toEqual([]);
  expect((await mapHighlights(page)).contested).toEqual(['brutal', 'rebels', 'shelled']);
}

const region = (page: Page) => page.getByRole('region', { name: /^Group \d+ of 7$/ });
const decided = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /groups decided/ })
    .innerText();

/** The current group is number `n` and its marked words are `words`. */
async function atGroup(page: Page, n: number, words: string): Promise<void> {
  await page.getByRole('region', { name: `Group ${n} of 7` }).waitFor({ timeout: 30_000 });
  await expect.poll(() => region(page).locator('mark').allInnerTexts()).toEqual([words]);
}

async function adjudicateTwoGroups(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: `Curate: ${GOLD}`, level: 1 })
    .waitFor({ timeout: 30_000 });
  await expectText(page, () => decided(page), '0 of 7 groups decided');
  await atGroup(page, 1, 'Militants');
  await expectText(page, () => region(page).innerText(), town.title);
  const versions = await tableRows(
    page.locator('table', { has: page.locator('caption', { hasText: 'Versions' }) }),
  );
  expect(cellOf(versions, '1', 'Label')).toBe('Actor label');
  expect(cellOf(versions, '1', 'Annotators')).toMatch(/Ana.*Ben.*Cy/);

  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectText(page, () => decided(page), '1 of 7 groups decided');
  await atGroup(page, 2, 'seized');

  await page.keyboard.press('j');
  await atGroup(page, 3, 'rebels');
  const rebels = await tableRows(
    page.locator('table', { has: page.locator('caption', { hasText: 'Versions' }) }),
  );
  expect(cellOf(rebels, '1', 'Label')).toBe('Actor label');
  expect(cellOf(rebels, '2', 'Label')).toBe('Loaded language');
  expect(cellOf(rebels, '2', 'Annotators')).toBe('Ben');
  await page.keyboard.press('2');
  await screenshot(page, 'agreement-curation');
  await page.keyboard.press('Enter');
  await expectText(page, () => decided(page), '2 of 7 groups decided');
  await atGroup(page, 4, 'shelled');

  await page.keyboard.press('Backspace');
  await expectText(page, () => decided(page), '3 of 7 groups decided');
  await atGroup(page, 5, 'brutal regime');
  await page.keyboard.press('k');
  await atGroup(page, 4, 'shelled');
  await expectText(page, () => region(page).innerText(), 'Rejected');

  // Progress survives a reload; U undoes the last step (the rejection) alone.
  await page.reload();
  await expectText(page, () => decided(page), '3 of 7 groups decided');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('u');
  await expectText(page, () => decided(page), '2 of 7 groups decided');

  // "At least 2": seized (F 2 of 3), brutal regime (A 2 of 3), claimed (D 2 of 2) → 3 groups;
  // shelled (1 of 3) and fighters (1 of 2) fall short. Previewed only, not accepted.
  await page.getByLabel('At least').fill('2');
  await expectText(page, () => page.locator('main').innerText(), '3 groups would be accepted');
  expect(await page.getByRole('button', { name: 'Accept 3 groups' }).isEnabled()).toBe(true);
}

interface ExportedFile {
  annotations: {
    start: number;
    end: number;
    exact: string;
    labelId: string;
    annotatorId: string;
  }[];
  annotators: { id: string; name: string }[];
}

async function exportGoldSet(page: Page, dir: string): Promise<void> {
  await page.getByRole('link', { name: 'Export the gold set' }).click();
  await page.waitForURL(/#\/exchange\/annotator\/[^/]+$/);
  const whose = page.getByLabel('Whose annotations');
  await expect
    .poll(() => whose.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
    .toBe(GOLD);
  await page.getByRole('radio', { name: /FrameLens JSON/ }).check();
  const file = await downloadBy(
    page,
    page.getByRole('button', { name: /^Download FrameLens JSON/ }),
    dir,
  );
  const exported = JSON.parse(file.text) as ExportedFile;
  const gold = exported.annotators.find((annotator) => annotator.name === GOLD);
  expect(gold, 'the gold annotator is in the file').toBeDefined();
  const spans = exported.annotations
    .map(({ start, end, exact, labelId, annotatorId }) => ({
      start,
      end,
      exact,
      labelId,
      annotatorId,
    }))
    .sort((a, b) => a.start - b.start);
  expect(spans).toEqual([
    { start: 0, end: 9, exact: 'Militants', labelId: 'actor-label', annotatorId: gold?.id },
    { start: 32, end: 38, exact: 'rebels', labelId: 'loaded-language', annotatorId: gold?.id },
  ]);
}

/** Back on the Agreement page: the gold set is listed, and left out of the default choice. */
async function checkGoldListed(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Back to Agreement' }).click();
  await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
  const goldBox = page
    .getByRole('group', { name: 'Annotators' })
    .getByRole('checkbox', { name: new RegExp(`^${GOLD}`) });
  await goldBox.waitFor({ timeout: 30_000 });
  expect(await goldBox.isChecked()).toBe(false);
  await expectText(page, () => section(page, 'Overall').innerText(), 'α = 0.462');
}

/** The summary counts the curated gold set by default: its 2 annotations. */
async function checkSummaryCountsGold(page: Page): Promise<void> {
  await page.goto(appUrl('#/summary'));
  await expectText(
    page,
    () => page.getByTestId('summary-counting').innerText(),
    `Counting: ${GOLD}'s annotations`,
  );
  await expectText(page, () => page.getByText(/^\d+ outlets? ·/).innerText(), '· 2 annotations');
}

describe('agreement and adjudication, end to end', () => {
  test(
    'three imported annotators: hand-derived agreement, the contested words on the map, a gold set of two curated by keyboard and exported',
    { timeout: 300_000 },
    async () => {
      const session = await openApp('#/');
      sessions.push(session);
      const { page } = session;
      const dir = await mkdtemp(join(tmpdir(), 'framelens-agreement-'));
      for (const name of ['ana', 'ben', 'cy'])
        await importAnnotationFile(page, `${name}.framelens.json`);
      await checkClassroomLink(page);

      await openAgreementFromSummary(page);
      // The numbers first: they wait for the report, so the sections are there to be counted after.
      await checkAgreementNumbers(page);
      await checkDefaultsAndHelp(page);
      await screenshot(page, 'agreement-view');
      await section(page, "Cohen's κ").scrollIntoViewIfNeeded();
      await screenshot(page, 'agreement-view-pairs');
      await checkCsv(page, dir);

      await checkDisagreementMap(page);

      await page.goBack();
      await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Curate a gold set' }).click();
      // A fresh profile: nobody has given a name yet, so the curator is asked first.
      await giveName(page, CURATOR);
      await page.waitForURL(/#\/agreement\/curate\/[^/]+$/);
      await adjudicateTwoGroups(page);

      await checkGoldListed(page);
      await section(page, 'Gold sets').getByRole('link', { name: GOLD }).click();
      await page.waitForURL(/#\/agreement\/curate\/[^/]+$/);
      await exportGoldSet(page, dir);
      await checkSummaryCountsGold(page);
      await rm(dir, { recursive: true, force: true });
    },
  );
});
