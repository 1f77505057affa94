import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appUrl, checkedSessions, openApp, readStore, screenshot } from './harness';
import {
  dragSelect,
  nameAnnotatorIfAsked,
  paintedHighlights,
  seedByOutlet,
  textOf,
} from './reader-helpers';

/*
 * The classroom in the reader: a received assignment beside the text with its mode enforced,
 * the codebook's definitions while annotating, a read-only view of one annotator's work, and
 * "you vs the key". Classroom records the Classroom page would write from files are put into
 * IndexedDB directly (raw API), then the page is reloaded so that the app reads them.
 */

const sessions = checkedSessions();
const levant = seedByOutlet('Levant24');

interface StoredAnnotation {
  id: string;
  exact: string;
  labelId: string;
  target: string | null;
  voice: string;
  valence: number;
  annotatorId: string;
  status: string;
  deleted: number;
}

async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ([storeName, rows]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('framelens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction(storeName, 'readwrite');
          for (const row of rows) transaction.objectStore(storeName).put(row);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [store, records] as const,
  );
}

async function openLibrary(): Promise<Page> {
  const session = await openApp('#/');
  sessions.push(session);
  await session.page.getByRole('link', { name: levant.title }).waitFor();
  return session.page;
}

async function levantArticle(page: Page) {
  const articles = await readStore<{ id: string; title: string; outletId: string }>(
    page,
    'articles',
  );
  const article = articles.find((candidate) => candidate.title === levant.title);
  if (!article) throw new Error('fixture: the Levant24 seed is not in the library');
  return article;
}

/** Opens a reader address afresh, so that records written behind the app's back are read. */
async function openFresh(page: Page, hash: string): Promise<void> {
  await page.goto(appUrl(hash));
  await page.reload();
  await page.locator('[data-article-text] p').first().waitFor();
}

async function annotate(page: Page, needle: string, key: string): Promise<void> {
  await dragSelect(page, levant.text, needle);
  await expect.poll(() => textOf(page.getByTestId('pending-selection'))).toContain(needle);
  await page.keyboard.press(key);
}

const liveAnnotations = async (page: Page) =>
  (await readStore<StoredAnnotation>(page, 'annotations')).filter(
    (annotation) => !annotation.deleted && annotation.status === 'accepted',
  );

async function annotatorIdOf(page: Page, name: string): Promise<string> {
  const annotators = await readStore<{ id: string; name: string }>(page, 'annotators');
  const found = annotators.find((annotator) => annotator.name === name);
  if (!found) throw new Error(`no annotator named ${name}`);
  return found.id;
}

function receivedAssignment(article: { id: string; outletId: string }) {
  const now = new Date().toISOString();
  return {
    id: '0190a000-0000-7000-8000-000000000001',
    revision: 1,
    role: 'student',
    title: 'Framing the Aleppo raid',
    instructions: 'Mark every word that names a party.\nThen mark the article as done.',
    createdAt: now,
    updatedAt: now,
    dueDate: null,
    teacher: { id: 'teacher-1', name: 'Ms Key' },
    mode: { suggestions: false, outletBlind: true },
    articleIds: [article.id],
    outletCodes: { [article.outletId]: 'Outlet A' },
    codebook: null,
    lexicon: [],
    keyAnnotatorId: null,
    revealed: false,
    studentId: null,
  };
}

describe('a received assignment in the reader', () => {
  test('instructions and progress beside the text; suggestions off and outlet-blind enforced; no guessed attributes', async () => {
    const page = await openLibrary();
    const article = await levantArticle(page);
    await putRecords(page, 'assignments', [receivedAssignment(article)]);
    await openFresh(page, `#/articles/${article.id}`);

    const aside = page.getByRole('complementary', { name: 'Assignment' });
    await aside.getByRole('link', { name: 'Framing the Aleppo raid' }).waitFor();
    expect(await textOf(aside.getByTestId('assignment-instructions'))).toBe(
      'Mark every word that names a party.\nThen mark the article as done.',
    );
    expect(await textOf(aside.getByTestId('assignment-progress'))).toBe('Not started');

    // Outlet-blind: the code instead of the name, no source link, the name nowhere in the header.
    expect(await textOf(page.getByTestId('article-outlet'))).toBe('Outlet A');
    expect(await page.getByTestId('source-link').count()).toBe(0);
    const header = (await page.locator('article header').textContent()) ?? '';
    expect(header).not.toContain('Levant24');

    // Suggestions off: blind mode on and locked, nothing suggested.
    const blind = page.getByLabel('Blind mode (hide suggestions)');
    expect(await blind.isChecked()).toBe(true);
    expect(await blind.isDisabled()).toBe(true);
    await page.getByText('Suggestions are off for this assignment').waitFor();
    expect((await paintedHighlights(page))['fl-suggestion'] ?? []).toEqual([]);

    // With suggestions on, “precision” would arrive quoted (it sits inside “…”) and about HTS
    // (named in its sentence); here it must arrive with the neutral defaults.
    await annotate(page, 'precision', '2');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(1);
    const [made] = await liveAnnotations(page);
    expect(made).toMatchObject({ exact: 'precision', target: null, voice: 'own', valence: 0 });

    // The first annotation starts the article; "Mark as done" finishes it.
    const adaId = await annotatorIdOf(page, 'Ada');
    await expect.poll(() => textOf(aside.getByTestId('assignment-progress'))).toBe('In progress');
    await aside.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => textOf(aside.getByTestId('assignment-progress'))).toBe('Done');
    await aside.getByRole('button', { name: 'Mark as not done' }).waitFor();
    const progress = await readStore<{ annotatorId: string; articleId: string; state: string }>(
      page,
      'progress',
    );
    expect(
      progress.map(({ annotatorId, articleId, state }) => ({ annotatorId, articleId, state })),
    ).toEqual([{ annotatorId: adaId, articleId: article.id, state: 'done' }]);
    await screenshot(page, 'classroom-reader-assignment');
  }, 120_000);
});

describe('the codebook beside the task', () => {
  test("a label's definition shows on hover and on keyboard focus, and under the editor's label", async () => {
    const page = await openLibrary();
    const article = await levantArticle(page);
    await openFresh(page, `#/articles/${article.id}`);
    const palette = page.getByRole('group', { name: 'Labels' });
    const actorButton = palette.getByRole('button', { name: /Actor label/ });
    const tipId = await actorButton.getAttribute('aria-describedby');
    expect(tipId).toBeTruthy();
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');

    await actorButton.hover();
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain('The noun used to name a party');
    await screenshot(page, 'classroom-reader-label-definition');
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });

    // Keyboard: with words selected the buttons are enabled; focusing one shows its definition.
    await dragSelect(page, levant.text, 'regime soldiers');
    await actorButton.focus();
    await tip.waitFor({ state: 'visible' });
    await actorButton.press('Enter');
    await nameAnnotatorIfAsked(page, 'Ada');

    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('regime soldiers');
    const editor = page.getByRole('region', { name: 'Selected annotation' });
    const select = editor.getByRole('combobox', { name: /^Label/ });
    const definitionId = await select.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${definitionId}"]`).textContent()).toContain(
      'The noun used to name a party',
    );
  }, 120_000);
});

describe('read-only work view', () => {
  test("one annotator's annotations, a banner, J/K through them, and no writes", async () => {
    const page = await openLibrary();
    const article = await levantArticle(page);
    await openFresh(page, `#/articles/${article.id}`);
    await annotate(page, 'regime soldiers', '1');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(1);
    await annotate(page, 'meticulously', '2');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(2);
    const adaId = await annotatorIdOf(page, 'Ada');
    const now = new Date().toISOString();
    await putRecords(page, 'assignments', [
      {
        ...receivedAssignment(article),
        role: 'teacher',
        title: 'Framing lesson',
        updatedAt: now,
        keyAnnotatorId: 'key-ms-key',
      },
    ]);

    await openFresh(page, `#/articles/${article.id}/work/${adaId}`);
    const banner = page.getByTestId('read-only-banner');
    await banner.getByText("Read-only: Ada's annotations").waitFor();
    expect(await banner.textContent()).toContain('Framing lesson');
    // The assignment has a key: the work opens against it too.
    expect(
      await banner.getByRole('link', { name: 'Compare with the key' }).getAttribute('href'),
    ).toBe(`#/articles/${article.id}/versus/${adaId}/key-ms-key`);
    expect(await page.getByRole('group', { name: 'Labels' }).count()).toBe(0);
    expect(await page.getByLabel('Blind mode (hide suggestions)').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit details' }).count()).toBe(0);
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-label-0'])
      .toEqual(['regime soldiers']);
    expect((await paintedHighlights(page))['fl-label-1']).toEqual(['meticulously']);

    const before = await readStore(page, 'annotations');
    await page.keyboard.press('j');
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('regime soldiers');
    await page.keyboard.press('j');
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('meticulously');
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    // Keys that change annotations in the reader do nothing here.
    for (const key of ['1', 'Delete', 'Control+z']) await page.keyboard.press(key);
    await page.keyboard.press('k');
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('regime soldiers');
    await page.getByRole('button', { name: /meticulously/ }).click();
    await expect.poll(() => textOf(page.getByTestId('selected-quote'))).toBe('meticulously');
    expect(await readStore(page, 'annotations')).toEqual(before);
    await screenshot(page, 'classroom-reader-work-view');
  }, 120_000);
});

describe('you vs the key', () => {
  test('matched, missed and extra drawn and counted; J/K and Next/Previous with the key’s label and note', async () => {
    const page = await openLibrary();
    const article = await levantArticle(page);
    await openFresh(page, `#/articles/${article.id}`);
    // The student: "retaliatory operation" as action framing (3), "meticulously" as loaded (2).
    await annotate(page, 'retaliatory operation', '3');
    await nameAnnotatorIfAsked(page, 'Ada');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(1);
    await annotate(page, 'meticulously', '2');
    await expect.poll(async () => (await liveAnnotations(page)).length).toBe(2);
    const adaId = await annotatorIdOf(page, 'Ada');

    // The key: the same "retaliatory operation" (matched) and "infiltrated" (missed by Ada);
    // Ada's "meticulously" is not in the key (extra).
    const keyId = 'key-ms-key';
    const keySpan = (id: string, needle: string, note: string) => {
      const start = levant.text.indexOf(needle);
      return {
        id,
        articleId: article.id,
        start,
        end: start + needle.length,
        exact: needle,
        prefix: levant.text.slice(Math.max(0, start - 32), start),
        suffix: levant.text.slice(start + needle.length, start + needle.length + 32),
        labelId: 'action-framing',
        target: 'hts',
        valence: 1,
        voice: 'own',
        note,
        annotatorId: keyId,
        status: 'accepted',
        createdAt: '2026-12-01T10:00:00.000Z',
        updatedAt: '2026-12-01T10:00:00.000Z',
        deleted: 0,
      };
    };
    await putRecords(page, 'annotators', [{ id: keyId, name: 'Ms Key', role: 'teacher' }]);
    await putRecords(page, 'annotations', [
      keySpan('key-1', 'retaliatory operation', 'Names the raid as a response.'),
      keySpan('key-2', 'infiltrated', 'A verb of stealth for a military raid.'),
    ]);

    await openFresh(page, `#/articles/${article.id}/versus/${adaId}/${keyId}`);
    const side = page.getByRole('complementary', { name: 'You vs the key' });
    await side.getByText('Matched 1').waitFor();
    await side.getByText('Missed 1').waitFor();
    await side.getByText('Extra 1').waitFor();
    await expect
      .poll(async () => (await paintedHighlights(page))['fl-vs-matched'])
      .toEqual(['retaliatory operation']);
    const painted = await paintedHighlights(page);
    expect(painted['fl-vs-missed']).toEqual(['infiltrated']);
    expect(painted['fl-vs-extra']).toEqual(['meticulously']);

    // In text order: "retaliatory operation" (paragraph 1), "meticulously", "infiltrated".
    const kind = page.getByTestId('compared-kind');
    await page.keyboard.press('j');
    await expect.poll(() => textOf(kind)).toContain('Matched');
    expect(await textOf(page.getByTestId('compared-quote'))).toBe('retaliatory operation');
    expect(await textOf(page.getByTestId('key-label'))).toBe('Action framing');
    expect(await textOf(page.getByTestId('key-note'))).toBe('Names the raid as a response.');
    await page.keyboard.press('j');
    await expect.poll(() => textOf(kind)).toContain('Extra');
    expect(await textOf(page.getByTestId('compared-quote'))).toBe('meticulously');
    await side.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => textOf(kind)).toContain('Missed');
    expect(await textOf(page.getByTestId('compared-quote'))).toBe('infiltrated');
    expect(await textOf(page.getByTestId('key-note'))).toBe(
      'A verb of stealth for a military raid.',
    );
    expect((await paintedHighlights(page))['fl-selected']).toEqual(['infiltrated']);
    await screenshot(page, 'classroom-reader-versus');
    await side.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => textOf(kind)).toContain('Extra');
    await side.getByRole('link', { name: 'Only Ada’s annotations' }).click();
    await page.getByText("Read-only: Ada's annotations").waitFor();
  }, 120_000);
});
