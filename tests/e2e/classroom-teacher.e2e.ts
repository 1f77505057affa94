import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { checkedSessions, openApp, readDownload, readStore, screenshot } from './harness';
import { dragSelect, openSeedArticle, seedByOutlet } from './reader-helpers';

/*
 * The teacher's side of the classroom through the UI: an outlet-blind assignment made with the
 * mouse and keys and downloaded; three hand-ins (one tampered) opened at once; the roster; the
 * teacher's own annotations as the key; scores derived by hand; the scores CSV; feedback; the
 * reveal; the printed class report.
 */

const sessions = checkedSessions();
const run = promisify(execFile);
let dir = '';

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

const TITLE = 'Naming the fighters';
const LEVANT = seedByOutlet('Levant24');
const YALLA = seedByOutlet('Yalla TV');
const TASNIM = seedByOutlet('Tasnim News Agency');

interface FileArticle {
  id: string;
  textHash: string;
  title: string;
  text: string;
  outlet: string | null;
  url: string | null;
}

interface AssignmentFileJson {
  format: string;
  version: number;
  id: string;
  revision: number;
  title: string;
  instructions: string;
  dueDate: string | null;
  mode: { suggestions: boolean; outletBlind: boolean };
  articles: FileArticle[];
  outletCodes?: Record<string, string>;
}

interface StoredAnnotation {
  id: string;
  articleId: string;
  annotatorId: string;
  start: number;
  end: number;
  exact: string;
  labelId: string;
  target: string | null;
  voice: 'own' | 'quoted' | 'attributed';
  valence: number;
  deleted: number;
  status: string;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readDownload(file) };
}

/** Makes the assignment in the editor: keyboard for text and switches, the mouse for articles. */
async function makeAssignment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New assignment' }).click();
  await page.getByRole('button', { name: 'Save assignment' }).click();
  await expect
    .poll(() => page.getByRole('alert').allInnerTexts())
    .toEqual(
      expect.arrayContaining(['Give the assignment a title.', 'Choose at least one article.']),
    );
  await page.getByLabel('Title').click();
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Mark every loaded name for a fighter or an army.');
  await page.getByLabel('Due date (optional)').fill('2026-12-20');
  await page.getByLabel('Search articles').fill('syrian');
  // "syrian" matches two titles (Yalla TV, Tasnim); Levant24's is found by its outlet.
  await page.getByRole('checkbox', { name: YALLA.title }).click();
  await page.getByRole('checkbox', { name: TASNIM.title }).click();
  await page.getByLabel('Search articles').fill('levant');
  await page.getByRole('checkbox', { name: LEVANT.title }).click();
  await expect.poll(() => page.getByText('3 articles chosen').count()).toBe(1);
  await page.getByRole('checkbox', { name: 'Suggestions on' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Outlet-blind' }).check();
  await screenshot(page, 'classroom-teacher-editor');
  await page.getByRole('button', { name: 'Save assignment' }).click();
  const nameField = page.getByLabel('Your name', { exact: true });
  await nameField.fill('Ms Rahman');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

/** The key: the teacher marks two spans of the Tasnim article with the mouse and label keys. */
async function annotateKey(page: Page): Promise<StoredAnnotation[]> {
  await openSeedArticle(page, 'Tasnim News Agency');
  for (const [needle, key] of [
    ['foreign-backed militant groups', '2'],
    ['overran', '3'],
  ] as const) {
    await dragSelect(page, TASNIM.text, needle);
    await page.keyboard.press(key);
    await expect
      .poll(async () =>
        (await readStore<StoredAnnotation>(page, 'annotations')).some(
          (annotation) => annotation.exact === needle && annotation.deleted === 0,
        ),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
  }
  const stored = await readStore<StoredAnnotation>(page, 'annotations');
  return stored.filter((annotation) => annotation.deleted === 0);
}

let idCounter = 0;
const nextId = () => `0193a000-0000-7000-8000-${(++idCounter).toString(16).padStart(12, '0')}`;

/** A hand-in as a student's FrameLens writes it, built by hand from the assignment file. */
function handIn(
  assignment: AssignmentFileJson,
  student: { id: string; name: string },
  progress: Record<string, 'not-started' | 'in-progress' | 'done'>,
  spans: {
    article: FileArticle;
    needle: string;
    labelId: string;
    like: StoredAnnotation;
    voice?: string;
    valence?: number;
  }[],
  guesses: { code: string; outletName: string | null; lean: string | null }[],
) {
  const annotations = spans.map(({ article, needle, labelId, like, voice, valence }) => {
    const start = article.text.indexOf(needle);
    const end = start + needle.length;
    return {
      id: nextId(),
      articleId: article.id,
      start,
      end,
      exact: needle,
      prefix: article.text.slice(Math.max(0, start - 32), start),
      suffix: article.text.slice(end, end + 32),
      labelId,
      target: like.target,
      valence: valence ?? like.valence,
      voice: voice ?? like.voice,
      note: '',
      annotatorId: student.id,
      status: 'accepted',
      createdAt: '2026-12-05T10:00:00.000Z',
      updatedAt: '2026-12-05T10:00:00.000Z',
      deleted: 0,
    };
  });
  return {
    format: 'framelens-submission',
    version: 1,
    assignmentId: assignment.id,
    assignmentRevision: assignment.revision,
    assignmentTitle: assignment.title,
    student,
    submittedAt: '2026-12-05T12:00:00.000Z',
    articles: assignment.articles.map(({ id, textHash }) => ({ id, textHash })),
    progress,
    annotations,
    guesses,
  };
}

async function tableRows(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
}

function section(page: Page, heading: string): Locator {
  return page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

describe('the teacher’s side of the classroom', () => {
  test(
    'assignment made and downloaded, three hand-ins opened (one broken), roster, key, scores, CSV, feedback, reveal, report',
    { timeout: 300_000 },
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'framelens-teacher-'));
      const session = await openApp('#/classroom');
      sessions.push(session);
      const { page } = session;
      await page.getByRole('heading', { level: 1, name: 'Classroom' }).waitFor();
      await screenshot(page, 'classroom-teacher-page');

      await makeAssignment(page);
      const assignmentFile = await download(
        page,
        page.getByRole('button', { name: 'Download assignment' }),
      );
      expect(assignmentFile.name).toBe('framelens-assignment-naming-the-fighters-r1.json');
      const assignment = JSON.parse(assignmentFile.text) as AssignmentFileJson;
      expect(assignment).toMatchObject({
        format: 'framelens-assignment',
        title: TITLE,
        instructions: 'Mark every loaded name for a fighter or an army.',
        dueDate: '2026-12-20',
        revision: 1,
        mode: { suggestions: false, outletBlind: true },
      });
      expect(assignment.articles.map((article) => article.title).sort()).toEqual(
        [LEVANT.title, YALLA.title, TASNIM.title].sort(),
      );
      // Outlet-blind: no outlet names or links in the file, a code per article instead.
      expect(assignment.articles.map((article) => [article.outlet, article.url])).toEqual([
        [null, null],
        [null, null],
        [null, null],
      ]);
      const codes = assignment.outletCodes ?? {};
      expect(Object.keys(codes).sort()).toEqual(assignment.articles.map((a) => a.id).sort());
      expect(Object.values(codes).sort()).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
      for (const seed of [LEVANT, YALLA, TASNIM])
        expect(assignmentFile.text).not.toContain(seed.outlet);

      const assignmentUrl = page.url();
      const key = await annotateKey(page);
      const [t1, t2] = ['foreign-backed militant groups', 'overran'].map((needle) =>
        key.find((annotation) => annotation.exact === needle)!,
      ) as [StoredAnnotation, StoredAnnotation];
      const byTitle = (title: string) =>
        assignment.articles.find((article) => article.title === title)!;
      const tasnim = byTitle(TASNIM.title);
      const levant = byTitle(LEVANT.title);
      const yalla = byTitle(YALLA.title);

      // Lina marks exactly the key's two spans with the key's labels, target, voice and valence.
      const lina = handIn(
        assignment,
        { id: '0193a000-1111-7000-8000-000000000001', name: 'Lina' },
        { [tasnim.id]: 'done', [levant.id]: 'done', [yalla.id]: 'done' },
        [
          { article: tasnim, needle: t1.exact, labelId: 'loaded-language', like: t1 },
          { article: tasnim, needle: t2.exact, labelId: 'action-framing', like: t2 },
        ],
        [{ code: codes[tasnim.id]!, outletName: 'Tasnim News Agency', lean: null }],
      );
      // Omar marks "foreign-backed" (14 of the key span's 30 characters), same label and target,
      // another voice and a valence 2 away; and "substantial casualties", a label the key lacks.
      const omar = handIn(
        assignment,
        { id: '0193a000-2222-7000-8000-000000000002', name: 'Omar' },
        { [tasnim.id]: 'in-progress', [levant.id]: 'not-started', [yalla.id]: 'not-started' },
        [
          {
            article: tasnim,
            needle: 'foreign-backed',
            labelId: 'loaded-language',
            like: t1,
            voice: t1.voice === 'own' ? 'quoted' : 'own',
            valence: t1.valence >= 0 ? t1.valence - 2 : t1.valence + 2,
          },
          {
            article: tasnim,
            needle: 'substantial casualties',
            labelId: 'casualty-framing',
            like: t1,
          },
        ],
        [
          { code: codes[tasnim.id]!, outletName: 'Yalla TV', lean: null },
          { code: codes[levant.id]!, outletName: null, lean: 'other' },
        ],
      );
      // Zoe's file was edited after the hand-in: a text hash that no article has.
      const zoe = handIn(
        assignment,
        { id: '0193a000-3333-7000-8000-000000000003', name: 'Zoe' },
        { [tasnim.id]: 'done' },
        [],
        [],
      );
      zoe.articles[0]!.textHash = 'f'.repeat(64);
      const files = [
        ['framelens-submission-naming-the-fighters-lina.json', lina],
        ['framelens-submission-naming-the-fighters-omar.json', omar],
        ['framelens-submission-naming-the-fighters-zoe.json', zoe],
      ] as const;
      for (const [name, content] of files)
        await writeFile(join(dir, name), JSON.stringify(content));

      await page.goto(assignmentUrl.replace(/#.*$/, '#/classroom'));
      await page
        .getByLabel('Open classroom files')
        .setInputFiles(files.map(([name]) => join(dir, name)));
      const preview = section(page, 'Check the files before opening them');
      await preview.waitFor({ timeout: 60_000 });
      const items = await preview.getByRole('listitem').allInnerTexts();
      expect(items).toHaveLength(3);
      expect(items.find((item) => item.includes('zoe'))).toMatch(/Not opened: \S/);
      expect(items.find((item) => item.includes('lina'))).not.toMatch(/Not opened/);
      await expect.poll(() => preview.getByRole('button', { name: 'Open none' }).count()).toBe(1);
      await screenshot(page, 'classroom-teacher-preview');
      const submissionsBefore = await readStore(page, 'submissions');
      expect(submissionsBefore).toEqual([]);
      await preview.getByRole('button', { name: 'Open the 2 good files' }).click();
      await expect
        .poll(() => page.getByRole('status').allInnerTexts())
        .toEqual(expect.arrayContaining([expect.stringMatching(/^Opened/)]));
      const stored = await readStore<{ studentName: string }>(page, 'submissions');
      expect(stored.map((record) => record.studentName).sort()).toEqual(['Lina', 'Omar']);

      await page.getByRole('link', { name: TITLE }).click();
      const roster = section(page, 'Roster').getByRole('table');
      await roster.waitFor();
      await expect.poll(async () => (await tableRows(roster)).length).toBe(3);
      const rosterRows = await tableRows(roster);
      const column = (title: string) => rosterRows[0]!.indexOf(title);
      const rowOf = (name: string) => rosterRows.find((cells) => cells[0] === name)!;
      expect(rowOf('Lina')[column(TASNIM.title)]).toMatch(/^Done 2 annotations .* Open$/);
      expect(rowOf('Omar')[column(TASNIM.title)]).toMatch(/^In progress 2 annotations .* Open$/);
      expect(rowOf('Omar')[column(LEVANT.title)]).toMatch(/^Not started 0 annotations/);
      const linaWork = section(page, 'Roster').getByRole('link', { name: 'Open' }).first();
      expect(await linaWork.getAttribute('href')).toMatch(/\/articles\/[^/]+\/work\/0193a000-1111/);

      await page.getByLabel('Answer key').selectOption({ label: 'Ms Rahman (you)' });
      const scores = section(page, 'Scores').getByRole('table').first();
      await expect.poll(async () => (await tableRows(scores)).length, { timeout: 60_000 }).toBe(3);
      /*
       * By hand (partial overlap, same label only). Key T = {t1 "foreign-backed militant groups"
       * (30 chars, loaded language), t2 "overran" (7, action framing)}.
       * Lina: S = T exactly → P = (1 + 1)/2 = 100%, R = (1 + 1)/2 = 100%, F1 = 100%; two matched
       * pairs with the key's target, voice and valence → 100% each.
       * Omar: s1 "foreign-backed" (14 chars inside t1), s2 "substantial casualties" (casualty
       * framing, no key span of that label). P = (14/14 + 0)/2 = 50%. R = (14/30 + 0)/2 =
       * 0.2333 → 23%. F1 = 2·0.5·0.2333/(0.5 + 0.2333) = 0.3182 → 32%. One matched pair (s1, t1):
       * same target → 100%, other voice → 0%, valence 2 apart → 0%.
       */
      const scoreRows = await tableRows(scores);
      expect(scoreRows[0]!.map((cell) => cell.replace(/[▲▼]/g, '').trim())).toEqual([
        'Student',
        'Precision',
        'Recall',
        'F1',
        'Same target',
        'Same voice',
        'Valence ±1',
      ]);
      expect(scoreRows.slice(1)).toEqual([
        ['Lina', '100%', '100%', '100%', '100%', '100%', '100%'],
        ['Omar', '50%', '23%', '32%', '100%', '0%', '0%'],
      ]);
      // Sorted by F1: the first click sorts descending, the second ascending.
      const f1Sort = section(page, 'Scores').getByRole('button', { name: 'F1' }).first();
      await f1Sort.click();
      await f1Sort.click();
      expect((await tableRows(scores)).slice(1).map((cells) => cells[0])).toEqual(['Omar', 'Lina']);
      expect(
        await section(page, 'Scores')
          .getByRole('columnheader', { name: /^F1/ })
          .first()
          .getAttribute('aria-sort'),
      ).toBe('ascending');
      await screenshot(page, 'classroom-teacher-scores');

      const csv = await download(page, page.getByRole('button', { name: 'Download scores (CSV)' }));
      expect(csv.name).toMatch(/^framelens-scores-naming-the-fighters-\d{4}-\d{2}-\d{2}\.csv$/);
      const overall = csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter((line) => line.includes(',overall,'));
      // Omar overall: precision 0.5, recall 14/60 = 0.2333, F1 = 0.3182 (four decimals).
      expect(overall.find((line) => line.startsWith('Omar'))).toMatch(
        /^Omar,overall,,,0\.5,0\.2333,0\.3182,/,
      );

      const feedback = await download(
        page,
        page.getByRole('button', { name: 'Download feedback' }),
      );
      expect(feedback.name).toBe('framelens-feedback-naming-the-fighters.json');
      const feedbackJson = JSON.parse(feedback.text) as {
        assignmentId: string;
        key: { annotator: { name: string }; annotations: { exact: string }[] };
      };
      expect(feedbackJson.assignmentId).toBe(assignment.id);
      expect(feedbackJson.key.annotator.name).toBe('Ms Rahman');
      expect(feedbackJson.key.annotations.map((a) => a.exact).sort()).toEqual([
        'foreign-backed militant groups',
        'overran',
      ]);

      await section(page, 'Outlets').getByRole('button', { name: 'Reveal outlets' }).click();
      const reveal = section(page, 'Outlets').getByRole('table');
      await reveal.waitFor();
      const revealRows = await tableRows(reveal);
      expect(revealRows[0]).toEqual(['Code', 'Real outlet', 'Lina', 'Omar']);
      const tasnimRow = revealRows.find((cells) => cells[0] === codes[tasnim.id]);
      expect(tasnimRow).toEqual([
        codes[tasnim.id],
        'Tasnim News Agency',
        'Tasnim News Agency ✓ right',
        'Yalla TV ✗ wrong',
      ]);
      const levantRow = revealRows.find((cells) => cells[0] === codes[levant.id]);
      expect(levantRow).toEqual([codes[levant.id], 'Levant24', 'No guess', 'Lean: Other']);
      await section(page, 'Outlets').scrollIntoViewIfNeeded();
      await screenshot(page, 'classroom-teacher-reveal');

      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'Print class report' }).click();
      const pdfPath = join('test-results', 'classroom-teacher-report.pdf');
      await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      const { stdout: pdfText } = await run('pdftotext', ['-layout', pdfPath, '-']);
      expect(pdfText).toContain(`Class report: ${TITLE}`);
      expect(pdfText).toContain('Lina');
      expect(pdfText).toContain('Omar');
      expect(pdfText).not.toContain('Download scores');
      expect(pdfText).not.toContain('Library');
      // An edit after the download is the next revision: the next download writes r2.
      await page.getByRole('button', { name: 'Edit assignment' }).click();
      expect(await page.getByLabel('Title').inputValue()).toBe(TITLE);
      expect(await page.getByRole('checkbox', { name: 'Outlet-blind' }).isChecked()).toBe(true);
      await page.getByLabel('Instructions').fill('Mark every loaded name, then guess the outlets.');
      await page.getByRole('button', { name: 'Save assignment' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const second = await download(
        page,
        page.getByRole('button', { name: 'Download assignment' }),
      );
      expect(second.name).toBe('framelens-assignment-naming-the-fighters-r2.json');
      const secondJson = JSON.parse(second.text) as AssignmentFileJson;
      expect([secondJson.id, secondJson.revision, secondJson.instructions]).toEqual([
        assignment.id,
        2,
        'Mark every loaded name, then guess the outlets.',
      ]);
      // The same codes: they follow the assignment id, not the edit.
      expect(secondJson.outletCodes).toEqual(assignment.outletCodes);

      await run('pdftoppm', [
        '-png',
        '-r',
        '60',
        pdfPath,
        join('test-results', 'classroom-teacher-report'),
      ]);

      // Deleting the assignment removes its records, never the annotations.
      await page.getByRole('button', { name: 'Delete assignment' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete assignment' }).click();
      await page.getByRole('heading', { level: 1, name: 'Classroom' }).waitFor();
      await expect.poll(async () => (await readStore(page, 'assignments')).length).toBe(0);
      expect(await readStore(page, 'submissions')).toEqual([]);
      expect(await readStore(page, 'progress')).toEqual([]);
      expect(await readStore(page, 'guesses')).toEqual([]);
      // The key's 2 and the two hand-ins' 2 + 2 annotations stay.
      const left = await readStore<StoredAnnotation>(page, 'annotations');
      expect(left.filter((annotation) => annotation.deleted === 0)).toHaveLength(6);
    },
  );

  test('files dropped on the page are previewed; a batch of broken files offers only Cancel and writes nothing', async () => {
    const session = await openApp('#/classroom');
    sessions.push(session);
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Classroom' }).waitFor();
    const before = await readStore(page, 'submissions');
    const dropZone = page.locator('div', { has: page.getByLabel('Open classroom files') }).last();
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['{"format": "framelens-submission", "version": 1}'], 'half-a-hand-in.json', {
          type: 'application/json',
        }),
      );
      return transfer;
    });
    await dropZone.dispatchEvent('drop', { dataTransfer });
    const preview = section(page, 'Check the files before opening them');
    await preview.waitFor({ timeout: 60_000 });
    const [item] = await preview.getByRole('listitem').allInnerTexts();
    expect(item).toContain('half-a-hand-in.json');
    expect(item).toMatch(/Not opened: \S/);
    expect(await preview.getByRole('button').allInnerTexts()).toEqual(['Cancel']);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => preview.count()).toBe(0);
    expect(await readStore(page, 'submissions')).toEqual(before);
  });
});
