import { describe, expect, test } from 'vitest';
import { createBackup } from '../../../src/db/backup';
import type { FrameLensDatabase } from '../../../src/db/database';
import { countTableRows, restoreBackup } from '../../../src/db/repositories/restore-repository';
import type { CurationRecord, CurationStep } from '../../../src/domain/agreement/curation-types';
import { countBackupRows, parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { teacherLibrary } from '../classroom/intake-helpers';
import { dumpDatabase, trackedDatabases } from './exchange-test-helpers';

const fresh = trackedDatabases();
const CURATION_TABLES = ['curations', 'curationSteps'] as const;

const curation = (id: string): CurationRecord => ({
  id,
  curatorName: 'Ms Rahman',
  goldAnnotatorId: `gold-of-${id}`,
  annotatorIds: ['ann-a', 'ann-b'],
  articleIds: ['art-1'],
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:10:00.000Z',
});

const acceptStep = (curationId: string, seq: number): CurationStep => ({
  curationId,
  seq,
  at: '2026-12-07T09:05:00.000Z',
  kind: 'accept-agreed',
  decisions: [
    { groupKey: 'g-1', articleId: 'art-1', outcome: 'accepted', annotationId: 'gold-ann-1' },
    { groupKey: 'g-2', articleId: 'art-1', outcome: 'rejected', annotationId: null },
  ],
});

async function curatedLibrary(): Promise<FrameLensDatabase> {
  const database = fresh('curation-backup-source');
  await teacherLibrary(database);
  await database.curations.bulkAdd([curation('cur-1'), curation('cur-2')]);
  await database.curationSteps.bulkAdd([
    acceptStep('cur-1', 1),
    acceptStep('cur-1', 2),
    acceptStep('cur-2', 1),
  ]);
  return database;
}

type BackupJson = { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> };

async function parsed(text: string, schemaVersion: number) {
  const backup = await parseBackup(text, schemaVersion);
  if (!backup.ok) throw new Error(backup.error.message);
  return backup.value;
}

describe('backups hold the curations', () => {
  test('a round trip restores curations and their steps exactly, and the preview counts them', async () => {
    const source = await curatedLibrary();
    const text = await createBackup(source);
    const target = fresh('curation-backup-target');
    const backup = await parsed(text, source.verno);
    // Two curations; steps 1 and 2 of cur-1 and step 1 of cur-2: 3 steps.
    expect(countBackupRows(backup.tables)).toMatchObject({ curations: 2, curationSteps: 3 });

    const counts = await restoreBackup(backup, {}, target);

    expect(counts).toMatchObject({ curations: 2, curationSteps: 3 });
    const before = await dumpDatabase(source);
    const after = await dumpDatabase(target);
    for (const table of CURATION_TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await countTableRows(target)).toMatchObject({ curations: 2, curationSteps: 3 });
  });

  test('a backup made before adjudication (no such tables) restores them empty', async () => {
    const source = await curatedLibrary();
    const backup = JSON.parse(await createBackup(source)) as BackupJson;
    for (const table of CURATION_TABLES) delete backup.tables[table];
    backup.schemaVersion = 3;
    const target = await curatedLibrary();

    const old = await parsed(JSON.stringify(backup), target.verno);
    expect(countBackupRows(old.tables)).toMatchObject({ curations: 0, curationSteps: 0 });
    await restoreBackup(old, {}, target);

    const after = await dumpDatabase(target);
    for (const table of CURATION_TABLES) expect(after[table], table).toEqual([]);
    expect(after.articles).toHaveLength(2);
  });

  test.each([
    [
      'a step of an unknown kind',
      (tables: BackupJson['tables']) => (tables.curationSteps![0]!.kind = 'approve'),
      'tables.curationSteps[0].kind',
    ],
    [
      'the same step twice',
      (tables: BackupJson['tables']) => (tables.curationSteps![1]!.seq = 1),
      'tables.curationSteps[1] has the same curation and step number as tables.curationSteps[0]',
    ],
    [
      'a step of a curation the backup does not hold',
      (tables: BackupJson['tables']) => (tables.curationSteps![2]!.curationId = 'cur-gone'),
      'tables.curationSteps[2] belongs to the curation "cur-gone"',
    ],
    [
      'a curation without its gold annotator',
      (tables: BackupJson['tables']) => delete tables.curations![0]!.goldAnnotatorId,
      'tables.curations[0].goldAnnotatorId',
    ],
  ])('refuses %s, saying where', async (_, breakIt, message) => {
    const source = await curatedLibrary();
    const backup = JSON.parse(await createBackup(source)) as BackupJson;
    // Rows in key order: cur-1 step 1, cur-1 step 2, cur-2 step 1.
    backup.tables.curationSteps!.sort(
      (a, b) =>
        String(a.curationId).localeCompare(String(b.curationId)) || Number(a.seq) - Number(b.seq),
    );
    breakIt(backup.tables);
    const result = await parseBackup(JSON.stringify(backup), source.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});
