import { describe, expect, test } from 'vitest';
import { checkedSessions, openApp, readDownload, readStore, screenshot } from './harness';

const sessions = checkedSessions();

const curation = {
  id: '0193a000-0000-7000-8000-00000000c001',
  curatorName: 'Ms Rahman',
  goldAnnotatorId: '0193a000-0000-7000-8000-00000000a0a0',
  annotatorIds: ['0193a000-0000-7000-8000-00000000a001', '0193a000-0000-7000-8000-00000000a002'],
  articleIds: [],
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:10:00.000Z',
};

const step = (seq: number) => ({
  curationId: curation.id,
  seq,
  at: '2026-12-07T09:05:00.000Z',
  kind: 'reject',
  decisions: [
    { groupKey: `group-${seq}`, articleId: 'a-1', outcome: 'rejected', annotationId: null },
  ],
});

describe('restoring a backup with curations', () => {
  test('the confirmation counts curations and curation steps, and the restore brings them back', async () => {
    const session = await openApp('#/settings');
    sessions.push(session);
    const { page } = session;
    await page.getByTestId('last-backup').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup' }).click(),
    ]);
    const backup = JSON.parse(await readDownload(download)) as {
      tables: Record<string, unknown[]>;
    };
    // A fresh library has no curation: the backup holds both tables, empty.
    expect(backup.tables.curations).toEqual([]);
    expect(backup.tables.curationSteps).toEqual([]);
    backup.tables.curations = [curation];
    backup.tables.curationSteps = [step(1), step(2)];

    await page.getByLabel('Backup file').setInputFiles({
      name: 'framelens-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
    await dialog.waitFor();
    const table = dialog.getByTestId('restore-counts');
    // Rows: table name, rows now, rows in the backup — 0 curations now, 1 in the file; 0 and 2 steps.
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row('Curations').first().textContent()).toBe('Curations01');
    expect(await row('Curation steps').textContent()).toBe('Curation steps02');
    await screenshot(page, 'restore-curations-confirm');

    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByTestId('restore-status').textContent()).toContain('Restored');
    expect(await readStore(page, 'curations')).toEqual([curation]);
    expect(await readStore(page, 'curationSteps')).toEqual([step(1), step(2)]);
  });
});
