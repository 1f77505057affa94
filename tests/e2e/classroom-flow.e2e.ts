import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, openApp, readStore, screenshot, type AppSession } from './harness';
import {
  annotate,
  asPercent,
  cellOf,
  csvShare,
  downloadBy,
  openClassroomFiles,
  parseCsv,
  printToPdf,
  sectionHeaded,
  tableRows,
  type DownloadedFile,
  type SpanChoice,
} from './classroom-helpers';
import { openSeedArticle, seedByOutlet } from './reader-helpers';
import type { SeedInfo as Seed } from './seeds';

/*
 * Issue 14's lesson, through the UI only, in four browser profiles: the teacher Tess and the
 * students Ann, Ben and Cy. Suggestions are off and the assignment is outlet-blind.
 *
 * THE SPANS (offsets found with indexOf in the seed texts; lengths are character counts):
 *   RT text:      "terrorist group" (first) = [492, 507), 15 chars;
 *                 "terrorist group, an offshoot" = [492, 520), 28 chars (contains the former).
 *   Tasnim text:  "foreign-backed" = [99, 113), 14 chars.
 *   New Arab text: "hardline" = [517, 525), 8 chars.
 *
 * THE KEY (Tess's own annotations, picked as "Answer key"):
 *   K1 RT "terrorist group" Actor label (1), target HTS, voice own, valence −2.
 *   K2 Tasnim "foreign-backed" Legitimacy qualifier (5), target HTS, voice own, valence −1,
 *      with a note. New Arab has no key span.
 *
 * THE STUDENTS (suggestions off, so every attribute is their own choice):
 *   Ann a1 = K1's span, Actor label, HTS, own, −2 (RT marked done)
 *       a2 = K2's span, Legitimacy qualifier, HTS, own, −1 (Tasnim left in progress)
 *       New Arab never opened. Guess: Outlet A is "RT", lean State media.
 *   Ben b1 = K1's span, Actor label, Syrian government, own, −1 (RT done)
 *       b2 = K2's span with the WRONG label Loaded language (2) (Tasnim done)
 *       b3 = "hardline", Legitimacy qualifier, where the key has nothing (New Arab done)
 *       Guess: Outlet A is "Tasnim News Agency".
 *   Cy  c1 = "terrorist group, an offshoot", Actor label, HTS, quoted, 0 (RT done)
 *       Tasnim opened and marked done without annotations; New Arab never opened.
 *       Guess: Outlet B leans Right.
 *
 * SCORES (partial overlap, only pairs with the same label count):
 *   P = Σ_s Σ_t |s∩t|/|s| over |S|,  R = Σ_t Σ_s |s∩t|/|t| over |T|,  F1 = 2PR/(P+R).
 *   Ann: S = {a1, a2}, T = {K1, K2}
 *        P = (15/15 + 14/14) / 2 = 1 → 100%;  R = (15/15 + 14/14) / 2 = 1 → 100%;  F1 100%.
 *        Matched pairs (a1,K1), (a2,K2): targets HTS=HTS twice → 2/2 = 100%;
 *        voices own=own twice → 100%; valence |−2−(−2)| = 0 and |−1−(−1)| = 0 → 100%.
 *   Ben: S = {b1, b2, b3}; b2 overlaps K2 but with another label (contributes 0), b3 has no key.
 *        P = (15/15 + 0 + 0) / 3 = 1/3 → 33%;  R = (15/15 [K1] + 0 [K2]) / 2 = 1/2 → 50%;
 *        F1 = 2·(1/3)·(1/2) / (1/3 + 1/2) = (1/3) / (5/6) = 2/5 → 40%.
 *        Matched pair (b1,K1) only: target Syrian government ≠ HTS → 0/1 = 0%;
 *        voice own = own → 100%; valence |−1−(−2)| = 1 ≤ 1 → 100%.
 *   Cy:  S = {c1}; |c1∩K1| = |[492,507)| = 15.
 *        P = (15/28) / 1 = 0.536 → 54%;  R = (15/15 [K1] + 0 [K2]) / 2 = 1/2 → 50%;
 *        F1 = 2·(15/28)·(1/2) / (15/28 + 14/28) = (15/28) / (29/28) = 15/29 = 0.517 → 52%.
 *        Matched pair (c1,K1): target HTS → 100%; voice quoted ≠ own → 0%;
 *        valence |0−(−2)| = 2 > 1 → 0%.
 *   (Averaging per article instead of pooling gives the same: Ben's P per article is 1, 0, 0 →
 *   1/3, Cy's R per article is 1, 0 → 1/2; and every span of an article not marked done is
 *   Ann's, who scores 100% with or without it.)
 *   Sorted by F1: Ann 100% > Cy 52% > Ben 40%.
 *   Two per-article rows of the CSV:
 *   Cy on RT: S = {c1}, T = {K1}: P = 15/28 = 0.5357, R = 15/15 = 1,
 *        F1 = 2·(15/28)·1 / (15/28 + 1) = (30/28) / (43/28) = 30/43 = 0.6977.
 *   Ben on New Arab: S = {b3}, T = {}: P = 0/1 = 0; R undefined (no key span), so F1 undefined.
 *
 * YOU VS THE KEY, Ben on Tasnim: b2 and K2 overlap but have different labels, so they do not
 * match: Matched 0, Missed 1 (K2), Extra 1 (b2). Ben on RT: b1 matches K1: Matched 1, Missed 0,
 * Extra 0.
 *
 * ROSTER (progress word, annotation count) per student × article (RT, Tasnim, New Arab):
 *   Ann: Done 1, In progress 1, Not started 0;  Ben: Done 1, Done 1, Done 1;
 *   Cy: Done 1, Done 0, Not started 0.
 */

const rt = seedByOutlet('RT');
const tasnim = seedByOutlet('Tasnim News Agency');
const newArab = seedByOutlet('The New Arab');
const articles = [rt, tasnim, newArab];

const title = 'Loaded words in Aleppo reporting';
const titleSlug = 'loaded-words-in-aleppo-reporting';
const instructions =
  'Mark every loaded word in the three articles. Choose target, voice and valence yourself.';
const keyNote = 'Names the groups by who backs them, which denies them legitimacy.';

const K1: SpanChoice = {
  needle: 'terrorist group',
  key: '1',
  target: 'hts',
  voice: 'Own',
  valence: '−2',
};
const K2: SpanChoice = {
  needle: 'foreign-backed',
  key: '5',
  target: 'hts',
  voice: 'Own',
  valence: '−1',
  note: keyNote,
};

interface ArticleWork {
  seed: Seed;
  spans: SpanChoice[];
  done: boolean;
}

interface Guess {
  code: string;
  outlet?: string;
  /** The lean as the select shows it and as it is stored. */
  lean?: { label: string; stored: string };
}

interface StoredGuess {
  code: string;
  outletName: string | null;
  lean: string | null;
}

interface StudentPlan {
  name: string;
  work: ArticleWork[];
  guesses: Guess[];
}

const ann: StudentPlan = {
  name: 'Ann',
  work: [
    { seed: rt, spans: [{ ...K1 }], done: true },
    { seed: tasnim, spans: [{ ...K2, note: undefined }], done: false },
  ],
  guesses: [
    { code: 'Outlet A', outlet: 'RT', lean: { label: 'State media', stored: 'state-media' } },
  ],
};
const ben: StudentPlan = {
  name: 'Ben',
  work: [
    {
      seed: rt,
      spans: [
        {
          needle: 'terrorist group',
          key: '1',
          target: 'syrian-government',
          voice: 'Own',
          valence: '−1',
        },
      ],
      done: true,
    },
    { seed: tasnim, spans: [{ needle: 'foreign-backed', key: '2' }], done: true },
    { seed: newArab, spans: [{ needle: 'hardline', key: '5' }], done: true },
  ],
  guesses: [{ code: 'Outlet A', outlet: 'Tasnim News Agency' }],
};
const cy: StudentPlan = {
  name: 'Cy',
  work: [
    {
      seed: rt,
      spans: [
        {
          needle: 'terrorist group, an offshoot',
          key: '1',
          target: 'hts',
          voice: 'Quoted',
          valence: '0',
        },
      ],
      done: true,
    },
    { seed: tasnim, spans: [], done: true },
  ],
  guesses: [{ code: 'Outlet B', lean: { label: 'Right', stored: 'right' } }],
};

/** The hand-derived scores of the comment above: P, R, F1, same target, same voice, valence ±1. */
const expectedScores: Record<string, (number | null)[]> = {
  Ann: [1, 1, 1, 1, 1, 1],
  Ben: [1 / 3, 1 / 2, 2 / 5, 0, 1, 1],
  Cy: [15 / 28, 1 / 2, 15 / 29, 1, 0, 0],
};
const scoreColumns = ['Precision', 'Recall', 'F1', 'Same target', 'Same voice', 'Valence ±1'];

const sessions: Record<string, AppSession> = {};
let fileDir = '';
let assignmentId = '';
let assignmentFile: DownloadedFile | undefined;
let feedbackFile: DownloadedFile | undefined;
const submissions: Record<string, DownloadedFile> = {};

beforeAll(async () => {
  fileDir = await mkdtemp(join(tmpdir(), 'framelens-classroom-files-'));
});

afterAll(async () => {
  for (const session of Object.values(sessions)) await session.close();
  await rm(fileDir, { recursive: true, force: true });
});

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word mention of a seed's outlet name ("RT" must not match inside other words). */
const namesOutlet = (seed: Seed) => new RegExp(`\\b${escapeRegExp(seed.outlet)}\\b`);
const assignmentUrl = () => appUrl(`#/classroom/${assignmentId}`);

type LegendWindow = Window & { legendCounts?: string[] };

/** From now on, each distinct set of counts the "You vs the key" legend shows, in order. */
async function recordLegendCounts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as LegendWindow).legendCounts = shown;
    new MutationObserver(() => {
      const legend = document.querySelector('[aria-label="Legend"]');
      if (!legend) return;
      const counts = [...(legend.textContent ?? '').matchAll(/(Matched|Missed|Extra) (\d+)/g)]
        .map(([, kind, count]) => `${kind!.toLowerCase()} ${count}`)
        .join(' ');
      if (shown.at(-1) !== counts) shown.push(counts);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const legendCountsShown = (page: Page) =>
  page.evaluate(() => (window as LegendWindow).legendCounts ?? []);

async function goToAssignment(page: Page): Promise<void> {
  await page.goto(assignmentUrl());
  await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 30_000 });
}

async function createAssignment(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Classroom' })
    .click();
  await page.getByRole('heading', { name: 'Classroom', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New assignment' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Instructions', { exact: true }).fill(instructions);
  await page.getByLabel('Due date (optional)').fill('2026-12-20');
  const articleBox = (seed: Seed) =>
    page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(seed.title)}`) });
  // The search narrows the list to the titles that hold the words typed.
  await page.getByLabel('Search articles').fill('Militants Launch');
  await expect.poll(() => articleBox(rt).count()).toBe(0);
  await articleBox(tasnim).check();
  await page.getByLabel('Search articles').fill('');
  await articleBox(rt).check();
  await articleBox(newArab).check();
  await page.getByRole('checkbox', { name: 'Suggestions on' }).setChecked(false);
  await page.getByRole('checkbox', { name: 'Outlet-blind' }).setChecked(true);
  await page.getByRole('button', { name: 'Save assignment' }).click();
  // The editor lives at #/classroom/new; saving goes to the assignment's own page.
  await page.waitForURL(
    (url) => /^#\/classroom\/[^/]+$/.test(url.hash) && url.hash !== '#/classroom/new',
    {
      timeout: 30_000,
    },
  );
  assignmentId = new URL(page.url()).hash.replace('#/classroom/', '');
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Opens an article from the student's assignment view and checks the aside and the masking. */
async function openFromAssignment(page: Page, seed: Seed): Promise<void> {
  await goToAssignment(page);
  await page.getByRole('link', { name: seed.title, exact: true }).first().click();
  await page.locator('[data-article-text] p').first().waitFor({ timeout: 30_000 });
  const aside = page.getByRole('complementary', { name: 'Assignment' });
  await expect.poll(() => aside.innerText({ timeout: 250 }).catch(() => '')).toContain(title);
  expect(await aside.innerText()).toContain(instructions);
  // Outlet-blind: the reader names a code, never the outlet.
  await expect.poll(() => page.locator('main').innerText()).toMatch(/Outlet [A-C]/i);
  expect(await page.locator('main').innerText()).not.toMatch(namesOutlet(seed));
}

async function doStudentWork(page: Page, plan: StudentPlan): Promise<void> {
  for (const work of plan.work) {
    await openFromAssignment(page, work.seed);
    for (const span of work.spans) await annotate(page, work.seed.text, span);
    const aside = page.getByRole('complementary', { name: 'Assignment' });
    if (work.done) {
      await aside.getByRole('button', { name: 'Mark as done' }).click();
      await aside.getByRole('button', { name: 'Mark as not done' }).waitFor();
      expect(await aside.innerText()).toContain('Done');
    }
  }
  await goToAssignment(page);
  const guesses = sectionHeaded(page, 'Your guesses');
  // Each choice is stored before the next, as a person sees the select change before moving on.
  const stored = async (code: string) =>
    (await readStore<StoredGuess>(page, 'guesses')).find((guess) => guess.code === code);
  for (const guess of plan.guesses) {
    if (guess.outlet) {
      await guesses
        .getByLabel(`${guess.code}: which outlet?`)
        .selectOption({ label: guess.outlet });
      await expect.poll(async () => (await stored(guess.code))?.outletName).toBe(guess.outlet);
    }
    if (guess.lean) {
      await guesses.getByLabel(`${guess.code}: lean`).selectOption({ label: guess.lean.label });
      await expect.poll(async () => (await stored(guess.code))?.lean).toBe(guess.lean.stored);
    }
  }
}

async function studentHandsIn(plan: StudentPlan): Promise<Page> {
  expect(assignmentFile, 'the teacher step downloaded the assignment').toBeDefined();
  const session = await openApp('#/classroom');
  sessions[plan.name] = session;
  const { page } = session;
  await page.getByRole('heading', { name: 'Classroom', level: 1 }).waitFor();
  // A single assignment file opens on its page.
  await openClassroomFiles(page, [assignmentFile!], plan.name, assignmentUrl());
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  expect(await page.locator('main').innerText()).toContain(instructions);

  await doStudentWork(page, plan);

  const file = await downloadBy(page, page.getByRole('button', { name: 'Hand in' }), fileDir);
  expect(file.name).toBe(`framelens-submission-${titleSlug}-${plan.name.toLowerCase()}.json`);
  await expect
    .poll(() => page.getByRole('status').allInnerTexts())
    .toEqual(expect.arrayContaining([expect.stringMatching(/hand/i)]));
  const submission = JSON.parse(file.text) as {
    format: string;
    assignmentId: string;
    student: { name: string };
    annotations: { exact: string; deleted?: boolean | number }[];
    guesses?: { code: string }[];
  };
  expect(submission.format).toBe('framelens-submission');
  expect(submission.assignmentId).toBe(assignmentId);
  expect(submission.student.name).toBe(plan.name);
  expect(
    submission.annotations
      .filter((a) => !a.deleted)
      .map((a) => a.exact)
      .sort(),
  ).toEqual(plan.work.flatMap((work) => work.spans.map((span) => span.needle)).sort());
  expect(submission.guesses?.map((guess) => guess.code).sort()).toEqual(
    plan.guesses.map((guess) => guess.code).sort(),
  );
  submissions[plan.name] = file;
  return page;
}

describe('a classroom lesson in four browser profiles', { retry: 0 }, () => {
  test(
    'the teacher marks her key, creates an outlet-blind assignment of three seed articles and downloads it',
    { timeout: 150_000 },
    async () => {
      const session = await openApp('#/');
      sessions.Tess = session;
      const { page } = session;
      await openSeedArticle(page, 'RT');
      await annotate(page, rt.text, K1, 'Tess');
      await openSeedArticle(page, 'Tasnim News Agency');
      await annotate(page, tasnim.text, K2);

      await createAssignment(page);
      const file = await downloadBy(
        page,
        page.getByRole('button', { name: 'Download assignment' }),
        fileDir,
      );
      expect(file.name).toBe(`framelens-assignment-${titleSlug}-r1.json`);
      const envelope = JSON.parse(file.text) as {
        format: string;
        id: string;
        mode: { suggestions: boolean; outletBlind: boolean };
        articles: { title: string; outlet: string | null; url: string | null }[];
        outletCodes?: Record<string, string>;
      };
      expect(envelope.format).toBe('framelens-assignment');
      expect(envelope.id).toBe(assignmentId);
      expect(envelope.mode).toEqual({ suggestions: false, outletBlind: true });
      expect(envelope.articles.map((article) => article.title).sort()).toEqual(
        articles.map((seed) => seed.title).sort(),
      );
      expect(envelope.articles.every((a) => a.outlet === null && a.url === null)).toBe(true);
      expect(Object.values(envelope.outletCodes ?? {}).sort()).toEqual([
        'Outlet A',
        'Outlet B',
        'Outlet C',
      ]);
      for (const name of ['Tasnim News Agency', 'The New Arab', 'newarab.com']) {
        expect(file.text).not.toContain(name);
      }
      assignmentFile = file;
    },
  );

  test(
    'Ann opens the assignment, marks exactly the key spans, guesses, hands in and prints the handout',
    { timeout: 150_000 },
    async () => {
      const page = await studentHandsIn(ann);
      const pdfText = await printToPdf(
        page,
        page.getByRole('button', { name: 'Print handout' }),
        'classroom-handout',
      );
      expect(pdfText).toContain(title);
      expect(pdfText).toContain('Legitimacy qualifier');
      for (const seed of articles) expect(pdfText).not.toMatch(namesOutlet(seed));
    },
  );

  test(
    'Ben hands in: one key span right, one with the wrong label, one where the key has none',
    { timeout: 150_000 },
    async () => {
      await studentHandsIn(ben);
    },
  );

  test('Cy hands in: a longer span that contains a key span', { timeout: 150_000 }, async () => {
    await studentHandsIn(cy);
  });

  test(
    'the teacher opens the three hand-ins at once and sees the roster',
    { timeout: 150_000 },
    async () => {
      expect(Object.keys(submissions).sort(), 'the students handed in').toEqual([
        'Ann',
        'Ben',
        'Cy',
      ]);
      const { page } = sessions.Tess!;
      await page.bringToFront();
      await page.goto(appUrl('#/classroom'));
      await page.getByRole('heading', { name: 'Classroom', level: 1 }).waitFor();
      await openClassroomFiles(page, [submissions.Ann!, submissions.Ben!, submissions.Cy!], null);
      await sectionHeaded(page, 'Your assignments').getByRole('link', { name: title }).waitFor();
      await screenshot(page, 'classroom-page');

      await sectionHeaded(page, 'Your assignments').getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      const roster = sectionHeaded(page, 'Roster');
      const expected: Record<string, [string, number][]> = {
        Ann: [
          ['Done', 1],
          ['In progress', 1],
          ['Not started', 0],
        ],
        Ben: [
          ['Done', 1],
          ['Done', 1],
          ['Done', 1],
        ],
        Cy: [
          ['Done', 1],
          ['Done', 0],
          ['Not started', 0],
        ],
      };
      await expect
        .poll(async () =>
          (await tableRows(roster.getByRole('table'))).filter(
            (cells) => (cells[0] ?? '') in expected,
          ),
        )
        .toHaveLength(3);
      const rows = await tableRows(roster.getByRole('table'));
      for (const [student, cells] of Object.entries(expected)) {
        cells.forEach(([word, count], index) => {
          const cell = cellOf(rows, student, articles[index]!.title);
          expect(cell, `${student} × ${articles[index]!.title}`).toContain(word);
          expect(cell, `${student} × ${articles[index]!.title}`).toMatch(
            new RegExp(`\\b${count} annotations?\\b`),
          );
        });
      }
      await roster.scrollIntoViewIfNeeded();
      await screenshot(page, 'classroom-roster');

      // Ben's work on RT opens read-only under his name.
      const benRow = roster
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Ben' }) });
      const rtColumn = rows[0]!.findIndex((cell) => cell.startsWith(rt.title));
      await benRow.locator('th, td').nth(rtColumn).getByRole('link', { name: 'Open' }).click();
      await page.getByText("Read-only: Ben's annotations").waitFor({ timeout: 30_000 });
      expect(await page.locator('main').innerText()).toContain('terrorist group');
      expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    },
  );

  test(
    'the teacher picks her own annotations as the key and reads the hand-derived scores; CSV and feedback',
    { timeout: 150_000 },
    async () => {
      const { page } = sessions.Tess!;
      await goToAssignment(page);
      await page.getByLabel('Answer key').selectOption({ label: 'Tess (you)' });
      const scores = sectionHeaded(page, 'Scores');
      const table = scores.getByRole('table').first();
      await expect
        .poll(async () => cellOf(await tableRows(table), 'Ben', 'F1'))
        .toBe(asPercent(2 / 5));
      const rows = await tableRows(table);
      for (const [student, values] of Object.entries(expectedScores)) {
        scoreColumns.forEach((column, index) => {
          expect(cellOf(rows, student, column), `${student} ${column}`).toBe(
            asPercent(values[index]!),
          );
        });
      }

      // Sorting by F1 orders Ann 100% > Cy 52% > Ben 40% (either direction).
      await table.getByRole('button', { name: /^F1/ }).click();
      await expect
        .poll(async () => {
          const order = (await tableRows(table))
            .slice(1)
            .map((cells) => cells[0])
            .join(',');
          return order === 'Ann,Cy,Ben' || order === 'Ben,Cy,Ann';
        })
        .toBe(true);

      const csv = await downloadBy(
        page,
        scores.getByRole('button', { name: 'Download scores (CSV)' }),
        fileDir,
      );
      expect(csv.name).toMatch(
        new RegExp(`^framelens-scores-${titleSlug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
      );
      const csvRows = parseCsv(csv.text);
      const header = csvRows[0]!.map((cell) => cell.toLowerCase());
      const columnOf = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
      const columns = [/precision/, /recall/, /f1/].map(columnOf);
      expect(
        columns.every((index) => index >= 0),
        `CSV header: ${csvRows[0]!.join(',')}`,
      ).toBe(true);
      // One "overall" row per student (the first row naming the student when there is no scope).
      const scope = columnOf(/scope/);
      const csvRow = (student: string, rowScope: string, place = '') =>
        csvRows.find(
          (cells) =>
            cells.includes(student) &&
            (scope === -1 || cells[scope] === rowScope) &&
            (place === '' || cells.includes(place)),
        );
      const expectShares = (row: string[] | undefined, values: (number | null)[], what: string) => {
        expect(row, `CSV row for ${what}`).toBeDefined();
        columns.forEach((column, index) => {
          const share = csvShare(row![column]!);
          const wanted = values[index]!;
          if (wanted === null) expect(share, `${what} column ${index}`).toBeNull();
          else expect(Math.abs(share! - wanted), `${what} column ${index}`).toBeLessThan(0.006);
        });
      };
      for (const [student, values] of Object.entries(expectedScores)) {
        expectShares(csvRow(student, 'overall'), values, student);
      }
      if (scope !== -1) {
        expectShares(csvRow('Cy', 'article', rt.title), [15 / 28, 1, 30 / 43], 'Cy on RT');
        expectShares(csvRow('Ben', 'article', newArab.title), [0, null, null], 'Ben on New Arab');
      }

      feedbackFile = await downloadBy(
        page,
        page.getByRole('button', { name: 'Download feedback' }),
        fileDir,
      );
      expect(feedbackFile.name).toBe(`framelens-feedback-${titleSlug}.json`);
      const feedback = JSON.parse(feedbackFile.text) as {
        format: string;
        key: { annotator: { name: string }; annotations: { exact: string }[] };
      };
      expect(feedback.format).toBe('framelens-feedback');
      expect(feedback.key.annotator.name).toBe('Tess');
      expect(feedback.key.annotations.map((a) => a.exact).sort()).toEqual([
        'foreign-backed',
        'terrorist group',
      ]);
    },
  );

  test(
    'Ben opens the feedback: "you vs the key" shows matched, missed and extra as derived',
    { timeout: 150_000 },
    async () => {
      expect(feedbackFile, 'the teacher step downloaded the feedback file').toBeDefined();
      const { page } = sessions.Ben!;
      await page.bringToFront();
      await page.goto(appUrl('#/classroom'));
      await page.getByRole('heading', { name: 'Classroom', level: 1 }).waitFor();
      await openClassroomFiles(page, [feedbackFile!], null);
      await goToAssignment(page);
      const feedback = sectionHeaded(page, 'Feedback');
      const compare = (seed: Seed) =>
        feedback
          .getByRole('listitem')
          .filter({ hasText: seed.title })
          .getByRole('link', { name: 'Compare with the key' });

      // Every count the legend ever shows is recorded: Ben's browser still holds his Tasnim
      // annotations from before the key arrived, and a verdict from those ("Missed 0") must
      // never appear, not even for one frame.
      await recordLegendCounts(page);
      await compare(tasnim).click();
      const main = page.locator('main');
      await expect.poll(() => main.innerText()).toMatch(/Matched\s*0\b/);
      expect(await main.innerText()).toMatch(/Missed\s*1\b/);
      expect(await main.innerText()).toMatch(/Extra\s*1\b/);
      expect(await legendCountsShown(page)).toEqual(['matched 0 missed 1 extra 1']);
      // Stepping with J reaches the missed key span, whose panel shows the key's label and note.
      const seen: string[] = [];
      for (let step = 0; step < 2; step += 1) {
        await page.keyboard.press('j');
        seen.push(await main.innerText());
      }
      expect(
        seen.some((text) => text.includes(keyNote) && text.includes('Legitimacy qualifier')),
      ).toBe(true);
      // K steps back to the first span for the picture.
      await page.keyboard.press('k');
      await expect.poll(() => main.innerText()).toBe(seen[0]);
      await screenshot(page, 'classroom-versus');

      await goToAssignment(page);
      await compare(rt).click();
      await expect.poll(() => main.innerText()).toMatch(/Matched\s*1\b/);
      expect(await main.innerText()).toMatch(/Missed\s*0\b/);
      expect(await main.innerText()).toMatch(/Extra\s*0\b/);
    },
  );

  test(
    'the teacher reveals the outlets and sees the class guesses against the truth',
    { timeout: 150_000 },
    async () => {
      const { page } = sessions.Tess!;
      await page.bringToFront();
      await goToAssignment(page);
      const outlets = sectionHeaded(page, 'Outlets');
      await outlets.getByRole('button', { name: 'Reveal outlets' }).click();
      const table = outlets.getByRole('table').first();
      await table.waitFor({ timeout: 30_000 });
      const rows = await tableRows(table);
      const rowOf = (code: string) => rows.find((cells) => cells[0] === code)?.join(' | ') ?? '';
      // Columns: code, real outlet, then each student's guess.
      const realNames = ['Outlet A', 'Outlet B', 'Outlet C'].map(
        (code) => rows.find((cells) => cells[0] === code)?.[1],
      );
      expect(realNames.slice().sort()).toEqual(articles.map((seed) => seed.outlet).sort());
      // Each student's guess against the truth: a named outlet is right when it is the real one.
      const verdict = (code: string, named: string) =>
        realNames[['Outlet A', 'Outlet B', 'Outlet C'].indexOf(code)] === named
          ? /✓|right|correct/i
          : /✗|wrong|incorrect/i;
      expect(rowOf('Outlet A'), 'Ann and Ben guessed Outlet A').toBeTruthy();
      expect(cellOf(rows, 'Outlet A', 'Ann')).toMatch(/\bRT\b/);
      expect(cellOf(rows, 'Outlet A', 'Ann')).toMatch(verdict('Outlet A', 'RT'));
      expect(cellOf(rows, 'Outlet A', 'Ben')).toContain('Tasnim News Agency');
      expect(cellOf(rows, 'Outlet A', 'Ben')).toMatch(verdict('Outlet A', 'Tasnim News Agency'));
      expect(cellOf(rows, 'Outlet B', 'Cy')).toContain('Right');
      expect(await outlets.locator('svg, canvas, [role="img"]').count()).toBeGreaterThan(0);
    },
  );

  test('no profile made a request to another origin or hit a console error', () => {
    for (const [name, session] of Object.entries(sessions)) {
      expect(session.foreignRequests(), `${name}: requests to other origins`).toEqual([]);
      expect(session.problems, `${name}: console errors`).toEqual([]);
    }
  });
});
