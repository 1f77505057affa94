import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, readStore, screenshot, type AppSession } from './harness';
import { holdStores, releaseStores } from './hold-stores';

interface StoredLabel {
  id: string;
  name: string;
  color: string;
  key: string;
}
interface StoredActor {
  id: string;
  name: string;
  aliases: string[];
}
interface StoredCodebook {
  id: string;
  version: number;
  labels: StoredLabel[];
  actors: StoredActor[];
}
interface StoredEntry {
  id: string;
  pattern: string;
  forms: string[];
  labelId: string;
  valence: number;
  canonical: string;
  note: string;
}

let session: AppSession;

beforeEach(async () => {
  session = await openApp('#/settings');
  await session.page.getByRole('list', { name: 'Labels' }).waitFor();
});

afterEach(async () => {
  try {
    expect(session.foreignRequests(), 'no request may leave the app origin').toEqual([]);
    expect(session.problems, 'no console errors or uncaught exceptions').toEqual([]);
  } finally {
    await session.close();
  }
});

async function storedCodebook(page: Page): Promise<StoredCodebook> {
  const [codebook] = await readStore<StoredCodebook>(page, 'codebooks');
  if (!codebook) throw new Error('no codebook stored');
  return codebook;
}

const labelGroup = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Labels' }).getByRole('group', { name, exact: true });

const actorGroup = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Actors' }).getByRole('group', { name, exact: true });

const lexiconFile = (entries: unknown[]) =>
  JSON.stringify({ format: 'framelens-lexicon', version: 1, entries });

describe('codebook editor', () => {
  test('a renamed and recoloured label is saved and survives reload', async () => {
    const { page } = session;
    const before = await storedCodebook(page);
    const row = labelGroup(page, 'Actor label');
    await row.getByLabel('Name', { exact: true }).fill('Party label');
    await row.getByLabel('Name', { exact: true }).press('Enter');
    await expect.poll(async () => (await storedCodebook(page)).labels[0]?.name).toBe('Party label');

    await labelGroup(page, 'Party label').getByLabel('Colour').fill('#112233');
    await expect.poll(async () => (await storedCodebook(page)).labels[0]?.color).toBe('#112233');
    const after = await storedCodebook(page);
    // Same id, two saves: the version went up by two.
    expect(after.labels[0]?.id).toBe('actor-label');
    expect(after.version).toBe(before.version + 2);

    await page.reload();
    const reloaded = labelGroup(page, 'Party label');
    await reloaded.waitFor();
    expect(await reloaded.getByLabel('Name', { exact: true }).inputValue()).toBe('Party label');
    expect(await reloaded.getByLabel('Colour').inputValue()).toBe('#112233');
    expect(await reloaded.getByLabel('Key').inputValue()).toBe('1');
  });

  test('a key held by another label is refused, saying which label holds it', async () => {
    const { page } = session;
    const row = labelGroup(page, 'Actor label');
    await row.getByLabel('Key').selectOption('3');
    await expect
      .poll(() => row.getByRole('alert').textContent())
      .toBe('Key 3 is already used by “Action framing”. Give that label another key first.');
    expect(await row.getByLabel('Key').inputValue()).toBe('1');
    const keys = (await storedCodebook(page)).labels.map((label) => label.key);
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6']);

    // Freeing key 3 first makes the same change possible.
    await labelGroup(page, 'Action framing').getByLabel('Key').selectOption('');
    await expect.poll(async () => (await storedCodebook(page)).labels[2]?.key).toBe('');
    await row.getByLabel('Key').selectOption('3');
    await expect
      .poll(async () => (await storedCodebook(page)).labels.map((label) => label.key))
      .toEqual(['3', '2', '', '4', '5', '6']);
    await expect.poll(() => row.getByRole('alert').count()).toBe(0);
  });

  test('labels reorder from the keyboard', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Move “Actor label” down' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await storedCodebook(page)).labels.map((label) => label.id).slice(0, 2))
      .toEqual(['loaded-language', 'actor-label']);
    // Focus stays with the moved label, so pressing again moves it further.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move “Actor label” down');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await storedCodebook(page)).labels.map((label) => label.id).slice(0, 3))
      .toEqual(['loaded-language', 'action-framing', 'actor-label']);
    const names = await page
      .getByRole('list', { name: 'Labels' })
      .getByLabel('Name', { exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(names.slice(0, 3)).toEqual(['Loaded language', 'Action framing', 'Actor label']);
  });

  test('a new label can be added and, unused, deleted after confirming', async () => {
    const { page } = session;
    await page.getByLabel('New label name').fill('Historical analogy');
    await page.getByRole('button', { name: 'Add label' }).click();
    const row = labelGroup(page, 'Historical analogy');
    await row.waitFor();
    // Keys 1–6 are taken by the default labels: the new one gets 7.
    expect(await row.getByLabel('Key').inputValue()).toBe('7');
    expect((await storedCodebook(page)).labels.at(-1)).toMatchObject({
      id: 'historical-analogy',
      name: 'Historical analogy',
      key: '7',
    });

    await row.getByRole('button', { name: 'Delete “Historical analogy”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the label “Historical analogy”?' });
    await dialog.getByText('No annotation or lexicon entry uses').waitFor();
    await dialog.getByRole('button', { name: 'Delete label' }).click();
    await expect.poll(async () => (await storedCodebook(page)).labels.length).toBe(6);
    expect(await labelGroup(page, 'Historical analogy').count()).toBe(0);
  });

  test('a label in use is deleted only after choosing where its annotations go', async () => {
    const { page } = session;
    const [article] = await readStore<{ id: string }>(page, 'articles');
    if (!article) throw new Error('fixture: no seeded article');
    await page.evaluate(
      (articleId) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('framelens');
          open.onsuccess = () => {
            const transaction = open.result.transaction('annotations', 'readwrite');
            transaction.objectStore('annotations').put({
              id: 'e2e-annotation',
              articleId,
              start: 0,
              end: 4,
              exact: 'text',
              prefix: '',
              suffix: '',
              labelId: 'casualty-framing',
              target: null,
              valence: -1,
              voice: 'own',
              note: '',
              annotatorId: 'e2e',
              status: 'accepted',
              createdAt: '2024-01-01T00:00:00.000Z',
              updatedAt: '2024-01-01T00:00:00.000Z',
              deleted: 0,
            });
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
          open.onerror = () => reject(open.error);
        }),
      article.id,
    );

    await labelGroup(page, 'Casualty framing')
      .getByRole('button', { name: 'Delete “Casualty framing”…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete the label “Casualty framing”?' });
    await dialog.getByText(/is used by 1 annotation and/).waitFor();
    await dialog.getByRole('button', { name: 'Move and delete' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Choose the label that takes over its annotations and lexicon entries.');
    expect((await storedCodebook(page)).labels.length).toBe(6);

    await dialog.getByLabel('Move them to').selectOption('loaded-language');
    await dialog.getByRole('button', { name: 'Move and delete' }).click();
    await expect.poll(async () => (await storedCodebook(page)).labels.length).toBe(5);
    const annotations = await readStore<{ id: string; labelId: string }>(page, 'annotations');
    expect(annotations.find((annotation) => annotation.id === 'e2e-annotation')?.labelId).toBe(
      'loaded-language',
    );
    const lexicon = await readStore<StoredEntry>(page, 'lexicon');
    expect(lexicon.filter((entry) => entry.labelId === 'casualty-framing')).toEqual([]);
  });

  test('an actor is added with an alias; an alias of another actor is refused', async () => {
    const { page } = session;
    await page.getByLabel('New actor name').fill('Kurdish-led SDF');
    await page.getByRole('button', { name: 'Add actor' }).click();
    const card = actorGroup(page, 'Kurdish-led SDF');
    await card.waitFor();
    await card.getByLabel('New alias').fill('Syrian Democratic Forces');
    await card.getByRole('button', { name: 'Add alias' }).click();
    await card
      .getByRole('button', { name: 'Remove alias “Syrian Democratic Forces” from Kurdish-led SDF' })
      .waitFor();

    await card.getByLabel('New alias').fill('Kremlin');
    await card.getByRole('button', { name: 'Add alias' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe('“Kremlin” is already an alias of “Russia”.');

    const actor = (await storedCodebook(page)).actors.at(-1);
    expect(actor).toEqual({
      id: 'kurdish-led-sdf',
      name: 'Kurdish-led SDF',
      aliases: ['Syrian Democratic Forces'],
    });
  });
});

describe('lexicon editor', () => {
  test('an entry is added, found by search, and deleted', async () => {
    const { page } = session;
    const countBefore = (await readStore(page, 'lexicon')).length;
    await page.getByRole('button', { name: 'Add entry' }).click();
    const form = page.getByRole('form', { name: 'New lexicon entry' });

    // An empty form is refused field by field.
    await form.getByRole('button', { name: 'Save entry' }).click();
    await form.getByText('Type the pattern.').waitFor();
    await form.getByText('Add at least one form (one per line or comma-separated).').waitFor();

    await form.getByLabel('Pattern').fill('gallant defenders');
    await form.getByLabel('Canonical').fill('gallant defender');
    await form.getByLabel('Label').selectOption('loaded-language');
    await form.getByLabel('Valence').selectOption('2');
    await form.getByLabel('Forms').fill('gallant defenders, gallant defender\nGallant Defenders');
    await form.getByLabel('Note').fill('Heroic framing of one side.');
    await form.getByRole('button', { name: 'Save entry' }).click();

    await expect.poll(async () => (await readStore(page, 'lexicon')).length).toBe(countBefore + 1);
    const saved = (await readStore<StoredEntry>(page, 'lexicon')).find(
      (entry) => entry.pattern === 'gallant defenders',
    );
    expect(saved).toEqual({
      id: 'lx-gallant-defenders',
      pattern: 'gallant defenders',
      // "Gallant Defenders" repeats the first form case-insensitively and is dropped.
      forms: ['gallant defenders', 'gallant defender'],
      labelId: 'loaded-language',
      valence: 2,
      canonical: 'gallant defender',
      note: 'Heroic framing of one side.',
    });

    // In capitals: search ignores case. (The shipped lexicon has "gallant" on its own, so the
    // search names the whole new term.)
    await page.getByLabel('Search the lexicon').fill('GALLANT DEFENDER');
    await expect
      .poll(() => page.getByText(/^Showing \d+ of \d+ entries\.$/).textContent())
      .toBe(`Showing 1 of ${countBefore + 1} entries.`);
    const table = page.getByRole('region', { name: 'Lexicon entries' });
    await table.getByRole('cell', { name: 'gallant defenders', exact: true }).waitFor();

    // The label filter narrows further: the entry is under "Loaded language" only.
    const showing = page.getByText(/^Showing \d+ of \d+ entries\.$/);
    await page.getByLabel('Label', { exact: true }).selectOption('actor-label');
    await expect.poll(() => showing.textContent()).toBe(`Showing 0 of ${countBefore + 1} entries.`);
    await page.getByLabel('Search the lexicon').fill('');
    await page.getByLabel('Label', { exact: true }).selectOption('loaded-language');
    const loadedCount = (await readStore<StoredEntry>(page, 'lexicon')).filter(
      (entry) => entry.labelId === 'loaded-language',
    ).length;
    await expect
      .poll(() => showing.textContent())
      .toBe(`Showing ${loadedCount} of ${countBefore + 1} entries.`);
    await page.getByLabel('Search the lexicon').fill('gallant defender');

    await table.getByRole('button', { name: 'Delete “gallant defenders”' }).click();
    await expect.poll(async () => (await readStore(page, 'lexicon')).length).toBe(countBefore);
    await table.getByText('No entries to show.').waitFor();
  });

  test('export downloads exactly the stored lexicon', async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export lexicon' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^framelens-lexicon-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      format: string;
      version: number;
      entries: StoredEntry[];
    };
    const stored = await readStore<StoredEntry>(page, 'lexicon');
    expect(file.format).toBe('framelens-lexicon');
    expect(file.version).toBe(1);
    expect(file.entries.length).toBe(stored.length);
    const byId = (entries: StoredEntry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(file.entries)).toEqual(byId(stored));
  });

  test('a bad file changes nothing and says where it is wrong; a good one replaces the lexicon', async () => {
    const { page } = session;
    const before = await readStore<StoredEntry>(page, 'lexicon');
    const fileInput = page.getByLabel('Lexicon file to import');
    const good: StoredEntry = {
      id: 'lx-e2e-brave-fighters',
      pattern: 'brave fighters',
      forms: ['brave fighters', 'brave fighter'],
      labelId: 'loaded-language',
      valence: 2,
      canonical: 'brave fighter',
      note: '',
    };

    await fileInput.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(lexiconFile([good, { ...good, id: 'lx-e2e-other', valence: 7 }])),
    });
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'bad.json' }).textContent())
      .toContain(
        'Nothing was imported from “bad.json”: entries[1].valence must be an integer from -2 to 2',
      );
    expect(await readStore<StoredEntry>(page, 'lexicon')).toEqual(before);

    // The good file keeps the first stored entry with a changed note (if there is one) and adds
    // one new entry; every other stored entry is removed.
    const [first] = before;
    const incoming = first ? [{ ...first, note: 'Changed by the e2e test.' }, good] : [good];
    await fileInput.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`\uFEFF${lexiconFile(incoming)}`),
    });
    const dialog = page.getByRole('dialog', { name: 'Replace the lexicon?' });
    const preview = await dialog.getByTestId('lexicon-import-preview').innerText();
    const removed = Math.max(before.length - 1, 0);
    expect(preview.split('\n')).toEqual([
      '1 new entry',
      `${first ? 1 : 0} changed ${first ? 'entry' : 'entries'}`,
      '0 unchanged entries',
      `${removed} ${removed === 1 ? 'entry' : 'entries'} of the current lexicon removed`,
    ]);
    await dialog.getByRole('button', { name: 'Replace lexicon' }).click();
    await expect
      .poll(async () =>
        (await readStore<StoredEntry>(page, 'lexicon')).map((entry) => entry.id).sort(),
      )
      .toEqual(incoming.map((entry) => entry.id).sort());
    const table = page.getByRole('region', { name: 'Lexicon entries' });
    await table.getByRole('cell', { name: 'brave fighters', exact: true }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'bad.json' }).count()).toBe(0);
  });

  test('the settings page shows its sections, the storage status and no backup yet', async () => {
    const { page } = session;
    await page.getByRole('region', { name: 'Lexicon entries' }).waitFor();
    const titles = [
      'Labels',
      'Actors',
      'Lexicon',
      'Your terms',
      'Sample articles',
      'Your data',
      'Restore a backup',
    ];
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(titles);
    const contents = page.getByRole('navigation', { name: 'Settings sections' });
    expect(await contents.getByRole('button').allInnerTexts()).toEqual(titles);
    // The storage line settles on one of the browser's two answers; a fresh profile never backed up.
    await expect
      .poll(() => page.getByTestId('storage-persistence').innerText())
      .toMatch(/^(Persistent|Best effort) — the browser /);
    await expect
      .poll(() => page.getByTestId('storage-usage').innerText())
      .toMatch(/^[\d.]+ [KMGT]?B of [\d.]+ [KMGT]?B available to this site$/);
    expect(await page.getByTestId('last-backup').innerText()).toBe('Never');
    await screenshot(page, 'settings');
  });
});

describe('lexicon import', () => {
  test('Cancel while a lexicon file is being checked: it stops, and nothing changes', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Import lexicon…' }).waitFor();
    const before = await readStore<StoredEntry>(page, 'lexicon');
    // The check reads the codebook and the lexicon: held, it waits until Cancel.
    await holdStores(page, ['codebooks', 'lexicon']);
    await page.getByLabel('Lexicon file to import').setInputFiles({
      name: 'held.json',
      mimeType: 'application/json',
      buffer: Buffer.from(lexiconFile([])),
    });
    const checking = page.getByTestId('lexicon-import-checking');
    await checking.waitFor();
    expect(await checking.getByRole('status').textContent()).toBe('Checking “held.json”…');
    await checking.evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'lexicon-import-checking');
    await checking.getByRole('button', { name: 'Cancel' }).click();
    const cancelled = page.getByTestId('lexicon-import-cancelled');
    await cancelled.waitFor();
    expect(await cancelled.textContent()).toBe(
      'Checking “held.json” was cancelled: nothing was imported.',
    );
    expect(await page.getByRole('dialog').count()).toBe(0);
    await releaseStores(page);
    expect(await readStore<StoredEntry>(page, 'lexicon')).toEqual(before);
  });
});
