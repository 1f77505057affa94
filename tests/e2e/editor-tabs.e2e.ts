import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  appUrl,
  checkedSessions,
  openApp,
  readDownload,
  readStore,
  type AppSession,
} from './harness';
import { dragSelect, nameAnnotatorIfAsked, openSeedArticle, seedByOutlet } from './reader-helpers';

interface StoredAnnotation {
  id: string;
  exact: string;
  note: string;
  voice: string;
  valence: number;
  status: string;
  deleted: number;
}

const sessions = checkedSessions();
let session: AppSession;
const rt = seedByOutlet('RT');

beforeEach(async () => {
  session = await openApp('#/');
  sessions.push(session);
});

const annotations = (page: Page) => readStore<StoredAnnotation>(page, 'annotations');
const stored = async (page: Page, exact: string) =>
  (await annotations(page)).find((annotation) => annotation.exact === exact);
const list = (tab: Page) => tab.getByRole('list', { name: 'Annotations in text order' });
const editor = (tab: Page) => tab.getByRole('region', { name: 'Selected annotation' });
const noteField = (tab: Page) => editor(tab).getByLabel('Note');
const valenceShown = (tab: Page, label: string) =>
  editor(tab)
    .locator('label', { hasText: label })
    .getAttribute('class', { timeout: 500 })
    .then((className) => className?.includes('bg-slate-800') ?? false)
    .catch(() => false);

/** Tab 1 annotates "counterattack" in RT; both tabs then open its editor. */
async function annotateInTwoTabs(): Promise<{ first: Page; second: Page }> {
  const first = session.page;
  await openSeedArticle(first, 'RT');
  await dragSelect(first, rt.text, 'counterattack');
  await first.keyboard.press('3');
  await nameAnnotatorIfAsked(first, 'Ada');
  await expect.poll(async () => (await stored(first, 'counterattack'))?.deleted).toBe(0);
  const second = await session.newPage();
  await openSeedArticle(second, 'RT');
  await list(second)
    .getByRole('button', { name: /counterattack/ })
    .click();
  await editor(second).waitFor();
  return { first, second };
}

describe('note drafts in several tabs', () => {
  test('a note saved in one tab is not erased by an untouched draft in another', async () => {
    const { first, second } = await annotateInTwoTabs();
    // Tab 2's editor is open with the empty note. Tab 1 writes a note and changes the valence.
    await noteField(first).fill('note from A');
    await editor(first).getByRole('button', { name: 'Save note' }).click();
    await editor(first).locator('label', { hasText: '+1' }).click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.valence).toBe(1);
    expect((await stored(first, 'counterattack'))?.note).toBe('note from A');
    // Tab 2 has seen tab 1's change once it shows the new valence.
    await expect.poll(() => valenceShown(second, '+1'), { timeout: 10_000 }).toBe(true);

    // In tab 2: click into the note and out again without typing, then change the voice.
    await noteField(second).click();
    await editor(second).getByText('Valence toward the target').click();
    await editor(second)
      .getByRole('radio', { name: /^Quoted/ })
      .click();
    // The voice write comes after any note write the blur made.
    await expect.poll(async () => (await stored(first, 'counterattack'))?.voice).toBe('quoted');
    expect((await stored(first, 'counterattack'))?.note).toBe('note from A');
    expect(await noteField(second).inputValue()).toBe('note from A');
  });

  test('a typed draft that another tab overtook shows the conflict and is written only on request', async () => {
    const { first, second } = await annotateInTwoTabs();
    await noteField(second).fill('note from B');
    await noteField(first).fill('note from A');
    await editor(first).getByRole('button', { name: 'Save note' }).click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.note).toBe('note from A');

    const conflict = editor(second).getByTestId('note-conflict');
    await expect
      .poll(() => conflict.textContent({ timeout: 500 }).catch(() => null), { timeout: 10_000 })
      .toContain('note from A');
    // Leaving the field does not write the draft over the other tab's note.
    await editor(second).getByText('Valence toward the target').click();
    await editor(second)
      .getByRole('radio', { name: /^Quoted/ })
      .click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.voice).toBe('quoted');
    expect((await stored(first, 'counterattack'))?.note).toBe('note from A');
    expect(await noteField(second).inputValue()).toBe('note from B');

    await conflict.getByRole('button', { name: 'Save mine instead' }).click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.note).toBe('note from B');
    await expect.poll(() => noteField(first).inputValue(), { timeout: 10_000 }).toBe('note from B');
  });
});

describe('undo in several tabs', () => {
  test('undo in one tab does not bring back an annotation another tab deleted', async () => {
    const { first, second } = await annotateInTwoTabs();
    // Each tab is brought to the front before a person acts in it: a background tab gets no
    // animation frames, which the reader's commands wait for.
    await first.bringToFront();
    // Tab 1's history: create, then edit (the voice).
    await list(first)
      .getByRole('button', { name: /counterattack/ })
      .click();
    await editor(first)
      .getByRole('radio', { name: /^Quoted/ })
      .click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.voice).toBe('quoted');

    // Tab 2 deletes it.
    await second.bringToFront();
    await editor(second).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await stored(first, 'counterattack'))?.deleted).toBe(1);

    // Tab 1 presses Ctrl+Z: its steps on that annotation no longer apply and are dropped.
    await first.bringToFront();
    await first.keyboard.press('Control+z');
    await first.getByRole('button', { name: /^Undo/ }).and(first.locator(':disabled')).waitFor();
    await expect
      .poll(() => first.getByRole('status').filter({ hasText: 'another tab' }).count())
      .toBe(1);
    expect(await stored(first, 'counterattack')).toMatchObject({ deleted: 1, voice: 'quoted' });
  });

  test('after a restore in another tab, undo writes nothing for records the backup lacks', async () => {
    const first = session.page;
    const second = await session.newPage();
    await second.goto(appUrl('#/settings'));
    await second.getByTestId('last-backup').waitFor();
    const [download] = await Promise.all([
      second.waitForEvent('download'),
      second.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup = await readDownload(download);

    // A background tab gets no animation frames, which the selection waits for.
    await first.bringToFront();
    await openSeedArticle(first, 'RT');
    await dragSelect(first, rt.text, 'counterattack');
    await first.keyboard.press('3');
    await nameAnnotatorIfAsked(first, 'Ada');
    await expect.poll(async () => (await stored(first, 'counterattack'))?.deleted).toBe(0);

    await second.getByLabel('Backup file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const dialog = second.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect
      .poll(() => second.getByTestId('restore-status').textContent())
      .toContain('Restored');
    expect(await annotations(first)).toEqual([]);

    await first.keyboard.press('Control+z');
    await first.getByRole('button', { name: /^Undo/ }).and(first.locator(':disabled')).waitFor();
    // No tombstone for an annotation the backup does not hold.
    expect(await annotations(first)).toEqual([]);
  });
});

describe('restore and unsaved drafts', () => {
  test('the restore confirmation names another tab’s unsaved note', async () => {
    const { first, second } = await annotateInTwoTabs();
    await noteField(second).fill('half-written thought');

    await first.goto(appUrl('#/settings'));
    await first.getByTestId('last-backup').waitFor();
    const [download] = await Promise.all([
      first.waitForEvent('download'),
      first.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    await first.getByLabel('Backup file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(await readDownload(download)),
    });
    const dialog = first.getByRole('dialog', { name: 'Replace everything with this backup?' });
    const warning = dialog.getByTestId('restore-unsaved-drafts');
    await expect
      .poll(() => warning.textContent({ timeout: 500 }).catch(() => null), { timeout: 10_000 })
      .toContain('Another tab has an unsaved note on “counterattack”');
    expect(await warning.textContent()).toContain('restoring will discard it');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await noteField(second).inputValue()).toBe('half-written thought');
  });
});
