import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildAssignmentFile } from '../../src/domain/classroom/build-assignment-file';
import { buildFeedbackFile } from '../../src/domain/classroom/build-feedback-file';
import type { SubmissionFile } from '../../src/domain/classroom/classroom-files';
import { serializeClassroomFile } from '../../src/domain/classroom/classroom-file-text';
import type { Assignment } from '../../src/domain/classroom/classroom-types';
import { defaultCodebook } from '../../src/domain/default-codebook';
import type { Annotation, Annotator, Article, Outlet } from '../../src/domain/types';
import { versusKeyPath } from '../../src/ui/paths';
import { makeAnnotation } from '../unit/db/exchange-test-helpers';
import { openApp, readDownload, readStore, screenshot, type AppSession } from './harness';
import { dragSelect, seedByOutlet, textOf } from './reader-helpers';

/*
 * The student's side of an assignment, through the UI: open an outlet-blind assignment file
 * (asked the name once), read the view, annotate in the reader with a real mouse selection and
 * a key, mark as done, guess an outlet, hand in (the file read back), open a feedback file
 * ("Compare with the key" and its counts), print the handout (a PDF, looked at as PNG).
 */

const ASSIGNMENT_ID = '0192f3a4-bbbb-7000-8000-000000000001';
const TITLE = 'Naming the fighters';
const INSTRUCTIONS = 'Mark every name given to a fighter.\n\n  Then mark the article as done.';
const TEACHER: Annotator = {
  id: '0192f3a4-cccc-7000-8000-000000000001',
  name: 'Ms Rahman',
  role: 'teacher',
};
const rt = seedByOutlet('RT');
const levant = seedByOutlet('Levant24');

let session: AppSession;
let folder: string;

beforeEach(async () => {
  session = await openApp('#/classroom');
  folder = await mkdtemp(join(tmpdir(), 'framelens-student-'));
});

afterEach(async () => {
  try {
    expect(session.foreignRequests()).toEqual([]);
    expect(session.problems).toEqual([]);
  } finally {
    await session.close();
  }
});

interface Library {
  rtArticle: Article;
  levantArticle: Article;
  outlets: Outlet[];
}

/** The seed articles as this profile stores them: the teacher's library holds the same texts. */
async function readLibrary(page: Page): Promise<Library> {
  await expect.poll(async () => (await readStore(page, 'articles')).length).toBe(5);
  const articles = await readStore<Article>(page, 'articles');
  const byTitle = (title: string) => {
    const article = articles.find((candidate) => candidate.title === title);
    if (!article) throw new Error(`fixture: no seed article "${title}"`);
    return article;
  };
  return {
    rtArticle: byTitle(rt.title),
    levantArticle: byTitle(levant.title),
    outlets: await readStore<Outlet>(page, 'outlets'),
  };
}

function teacherAssignment(library: Library): Assignment {
  return {
    id: ASSIGNMENT_ID,
    revision: 1,
    role: 'teacher',
    title: TITLE,
    instructions: INSTRUCTIONS,
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    dueDate: '2099-12-20',
    teacher: { id: TEACHER.id, name: TEACHER.name },
    mode: { suggestions: false, outletBlind: true },
    articleIds: [library.rtArticle.id, library.levantArticle.id],
    outletCodes: {},
    codebook: defaultCodebook,
    lexicon: [],
    keyAnnotatorId: TEACHER.id,
    revealed: false,
    studentId: null,
  };
}

async function writeFixture(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text, 'utf8');
  return path;
}

/** "Open classroom files", the name once if asked, the preview, "Open 1 files". */
async function openClassroomFile(page: Page, path: string, name?: string): Promise<void> {
  await page.getByRole('link', { name: 'Classroom' }).click();
  await page.getByLabel('Open classroom files').setInputFiles(path);
  if (name !== undefined) {
    const asked = page.getByRole('textbox', { name: 'Your name' });
    await asked.fill(name);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('heading', { name: 'Check the files before opening them' }).waitFor();
  await page.getByRole('button', { name: /^Open 1 files?$/ }).click();
}

function articleRow(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
}

describe('a student’s assignment', () => {
  test(
    'open, annotate, mark as done, guess, hand in, open the feedback, print the handout',
    {
      timeout: 240_000,
    },
    async () => {
      const { page } = session;
      const library = await readLibrary(page);
      const assignment = teacherAssignment(library);
      const assignmentFile = buildAssignmentFile({
        assignment,
        articles: [library.rtArticle, library.levantArticle],
        outlets: library.outlets,
        codebook: defaultCodebook,
        lexicon: [],
      });
      const rtCode = assignmentFile.outletCodes?.[library.rtArticle.id];
      if (!rtCode) throw new Error('fixture: an outlet-blind file gives each article a code');
      const assignmentPath = await writeFixture(
        'framelens-assignment-naming-the-fighters-r1.json',
        serializeClassroomFile(assignmentFile),
      );

      // Opening it: asked the name once, then on the assignment's page.
      await openClassroomFile(page, assignmentPath, 'Ada');
      await expect.poll(() => page.url()).toContain(`#/classroom/${ASSIGNMENT_ID}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByText('Suggestions are off for this assignment').waitFor();
      await page.getByText('Outlet names are hidden').waitFor();
      await page.getByText('From Ms Rahman').waitFor();
      const instructions = page.getByText('Mark every name given to a fighter.');
      // The instructions' line breaks and indentation are kept (shown as text, pre-wrap).
      expect(await instructions.textContent()).toBe(INSTRUCTIONS);
      expect(await instructions.getAttribute('dir')).toBe('auto');
      // Neither seed title names its outlet, so both titles show whole; the outlet is a code.
      const rtRow = articleRow(page, rt.title);
      await expect.poll(() => textOf(rtRow)).toContain('Not started');
      await expect.poll(() => textOf(rtRow)).toContain(rtCode);
      expect(await textOf(rtRow)).not.toContain('RT ·');
      await page.getByText('0 of 2 done').waitFor();

      // Annotating in the reader: "terrorist group" with key 1 (Actor label).
      await rtRow.getByRole('link', { name: rt.title }).click();
      await page.locator('[data-article-text] p').first().waitFor();
      const span = await dragSelect(page, rt.text, 'terrorist group');
      await page.keyboard.press('1');
      const annotators = await readStore<Annotator>(page, 'annotators');
      const ada = annotators.find((annotator) => annotator.name === 'Ada');
      if (!ada) throw new Error('opening the assignment named the student');
      await expect
        .poll(async () =>
          (await readStore<Annotation>(page, 'annotations')).filter(
            (annotation) => annotation.annotatorId === ada.id && !annotation.deleted,
          ),
        )
        .toHaveLength(1);

      // Back on the assignment: in progress with 1 annotation; then marked done.
      await page.goBack();
      await expect.poll(() => textOf(rtRow)).toContain('In progress');
      await expect.poll(() => textOf(rtRow)).toContain('1 annotation');
      await rtRow.getByRole('button', { name: 'Mark as done' }).click();
      await expect.poll(() => textOf(rtRow)).toContain('Done');
      await page.getByText('1 of 2 done').waitFor();
      await expect.poll(() => textOf(rtRow.getByRole('button'))).toBe('Mark as not done');

      // Guessing RT's code: the outlet and its lean, saved and shown with the saved value.
      await page.getByRole('heading', { name: 'Your guesses' }).waitFor();
      await page.getByLabel(`${rtCode}: which outlet?`).selectOption('RT');
      await page.getByLabel(`${rtCode}: lean`).selectOption('State media');
      await expect
        .poll(async () => (await readStore<{ lean: string }>(page, 'guesses')).map((g) => g.lean))
        .toEqual(['state-media']);
      await screenshot(page, 'classroom-student');

      // Hand in: the submission file, named after the assignment and the student.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Hand in' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(
        'framelens-submission-naming-the-fighters-ada.json',
      );
      const submission = JSON.parse(await readDownload(download)) as SubmissionFile;
      expect(submission.format).toBe('framelens-submission');
      expect(submission.assignmentId).toBe(ASSIGNMENT_ID);
      expect(submission.student).toEqual({ id: ada.id, name: 'Ada' });
      expect(submission.progress).toEqual({
        [library.rtArticle.id]: 'done',
        [library.levantArticle.id]: 'not-started',
      });
      // The span: the first "terrorist group" of the RT text, 15 characters long.
      const start = rt.text.indexOf('terrorist group');
      expect(span).toEqual({ start, end: start + 15 });
      expect(submission.annotations).toHaveLength(1);
      expect(submission.annotations[0]).toMatchObject({
        articleId: library.rtArticle.id,
        start,
        end: start + 15,
        exact: 'terrorist group',
        labelId: 'actor-label',
        annotatorId: ada.id,
      });
      expect(submission.guesses).toEqual([{ code: rtCode, outletName: 'RT', lean: 'state-media' }]);
      // 2 articles, 1 annotation; Levant24 is not done, so a warning (not a refusal).
      const status = page.getByText(/^Handed in 2 articles, 1 annotation at \d\d:\d\d — /);
      expect(await status.textContent()).toContain('the later file replaces the earlier one');
      await page.getByText('1 article is not marked as done').waitFor();

      // The feedback: the key marks "terrorist group" (the same span and label: matched) and
      // "offshoot of Jabhat al-Nusra" (which the student did not mark: missed) → 1, 1, 0 extra.
      const key = [
        makeAnnotation(library.rtArticle.id, rt.text, 'terrorist group', {
          annotatorId: TEACHER.id,
          labelId: 'actor-label',
        }),
        makeAnnotation(library.rtArticle.id, rt.text, 'offshoot of Jabhat al-Nusra', {
          annotatorId: TEACHER.id,
          labelId: 'legitimacy-qualifier',
        }),
      ];
      const feedbackPath = await writeFixture(
        'framelens-feedback-naming-the-fighters.json',
        serializeClassroomFile(
          buildFeedbackFile({
            assignment,
            articles: [library.rtArticle, library.levantArticle],
            keyAnnotator: TEACHER,
            annotations: key,
            codebook: defaultCodebook,
            reveal: undefined,
            createdAt: '2026-12-06T12:00:00.000Z',
          }),
        ),
      );
      // Not asked the name again: the student has one.
      await openClassroomFile(page, feedbackPath);
      await page.getByText(/^Opened/).waitFor();
      expect(await page.getByRole('textbox', { name: 'Your name' }).count()).toBe(0);
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { name: 'Feedback' }).waitFor();
      const compare = page.getByRole('link', { name: 'Compare with the key' });
      await expect.poll(() => compare.count()).toBe(2);
      expect(await compare.first().getAttribute('href')).toBe(
        `#${versusKeyPath(library.rtArticle.id, ada.id, TEACHER.id)}`,
      );
      const feedbackRow = page
        .getByRole('listitem')
        .filter({ has: compare.first() })
        .filter({ hasText: rt.title });
      await expect.poll(() => textOf(feedbackRow)).toContain('Matched 1 · Missed 1 · Extra 0');
      await page.getByRole('heading', { name: 'Feedback' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'classroom-student-feedback');

      // The handout: the browser's print dialog is replaced by a counter; the PDF is printed
      // from the same print styles.
      await page.evaluate(() => {
        const counted = window as unknown as { printed: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print handout' }).click();
      const handout = page.getByRole('dialog', { name: 'Handout' });
      await handout.getByText('¶ 1').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
        .toBe(1);
      const pdfPath = join('test-results', 'classroom-handout.pdf');
      await writeFile(
        pdfPath,
        await page.pdf({
          format: 'A4',
          margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
        }),
      );
      const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      const pages = printed.split('\f').filter((pageText) => pageText.trim() !== '');
      // The first page: title and codebook; then each article starts a new page: at least 3.
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(printed).toContain(TITLE);
      expect(printed).toContain('Actor label');
      expect(printed).toContain('¶ 1');
      expect(printed).toContain(rtCode);
      // The app behind the handout (the navigation, the Hand in button) is not printed.
      expect(printed).not.toContain('Hand in');
      expect(printed).not.toContain('Import & export');
      await handout.getByRole('button', { name: 'Close handout' }).click();
      await expect.poll(() => handout.count()).toBe(0);

      // A later feedback file with the reveal: the real names against the student's guesses.
      const levantCode = assignmentFile.outletCodes?.[library.levantArticle.id] ?? '';
      const revealPath = await writeFixture(
        'framelens-feedback-naming-the-fighters-revealed.json',
        serializeClassroomFile(
          buildFeedbackFile({
            assignment: { ...assignment, revealed: true },
            articles: [library.rtArticle, library.levantArticle],
            keyAnnotator: TEACHER,
            annotations: key,
            codebook: defaultCodebook,
            reveal: [
              { code: rtCode, outlet: 'RT' },
              { code: levantCode, outlet: 'Levant24' },
            ],
            createdAt: '2026-12-06T13:00:00.000Z',
          }),
        ),
      );
      await openClassroomFile(page, revealPath);
      await page.getByText(/^Opened/).waitFor();
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByText('Outlet names have been revealed by your teacher').waitFor();
      const revealed = page.getByRole('table', { name: 'The outlets revealed' });
      // Cells: code, real outlet, the guess (RT's guessed as RT, state media; Levant24 not).
      await expect
        .poll(() => textOf(revealed.getByRole('row').filter({ hasText: rtCode })))
        .toBe(`${rtCode}RTRT, State media`);
      await expect
        .poll(() => textOf(revealed.getByRole('row').filter({ hasText: levantCode })))
        .toBe(`${levantCode}Levant24No guess`);
      expect(await page.getByRole('heading', { name: 'Your guesses' }).count()).toBe(0);
      // Revealed: the list names the outlets again.
      await expect.poll(() => textOf(rtRow)).toContain('RT ·');
      await page.getByRole('heading', { name: 'Feedback' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'classroom-student-revealed');
    },
  );
});
