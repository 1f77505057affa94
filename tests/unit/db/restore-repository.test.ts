import { describe, expect, test } from 'vitest';
import { BACKUP_TABLES, createBackup } from '../../../src/db/backup';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { becomeAnnotator } from '../../../src/db/repositories/annotators-repository';
import { parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { countTableRows, restoreBackup } from '../../../src/db/repositories/restore-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import { expectCardsInStep } from './article-cards-helpers';
import {
  addSampleArticle,
  dumpDatabase,
  failNthWrite,
  trackedDatabases,
  makeAnnotation,
  SAMPLE_TEXT,
} from './exchange-test-helpers';

const database = trackedDatabases();

async function library(prefix: string): Promise<FrameLensDatabase> {
  const db = database(prefix);
  await ensureSeeded(db);
  const ada = await becomeAnnotator('Ada', db);
  const articleId = await addSampleArticle(db);
  await saveAnnotations(
    [
      makeAnnotation(articleId, SAMPLE_TEXT, 'terrorists', { annotatorId: ada.id }),
      makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: ada.id, deleted: 1 }),
    ],
    db,
  );
  return db;
}

async function parsed(json: string, db: FrameLensDatabase) {
  await db.open();
  const result = await parseBackup(new TextEncoder().encode(json), db.verno);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('restore', () => {
  test('replaces every table exactly with the backup (lastBackupAt becomes the backup time)', async () => {
    const source = await library('restore-source');
    const json = await createBackup(source);
    const target = database('restore-target');
    await ensureSeeded(target);
    await becomeAnnotator('Someone else', target);
    await addSampleArticle(target, 'A text only the target has.', 'Other outlet', 'Other');

    const backup = await parsed(json, target);
    const counts = await restoreBackup(backup, {}, target);

    const expected = await dumpDatabase(source);
    const exportedAt = (JSON.parse(json) as { exportedAt: string }).exportedAt;
    expected.meta = [
      ...(expected.meta as { key: string }[]).filter((row) => row.key !== 'lastBackupAt'),
      { key: 'lastBackupAt', value: exportedAt },
    ].sort((a, b) => a.key.localeCompare(b.key));
    expect(await dumpDatabase(target)).toEqual(expected);
    expect(counts).toEqual({ ...(await countTableRows(source)), meta: expected.meta?.length });
  });

  test('a backup holds the stored tables only; restoring rebuilds the cards, also from a version-1 backup', async () => {
    const source = await library('restore-cards-source');
    const backup = JSON.parse(await createBackup(source)) as {
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    };
    expect(Object.keys(backup.tables)).toEqual([...BACKUP_TABLES]);
    expect(backup.tables).not.toHaveProperty('articleCards');

    // Version 1 wrote the same tables; only schemaVersion tells such a backup apart.
    const target = database('restore-cards-target');
    await ensureSeeded(target);
    await restoreBackup(
      await parsed(JSON.stringify({ ...backup, schemaVersion: 1 }), target),
      {},
      target,
    );
    // The source library: 5 seed articles plus the sample one.
    expect(await target.articleCards.count()).toBe(6);
    await expectCardsInStep(target);
  });

  test('a write failing half-way through a restore leaves the database as it was', async () => {
    const source = await library('restore-fail-source');
    const json = await createBackup(source);
    const target = database('restore-fail-target');
    failNthWrite(target, 'annotations', 3);
    await ensureSeeded(target);
    await addSampleArticle(target, 'Kept text.', 'Kept outlet', 'Kept');
    const before = await dumpDatabase(target);
    const backup = await parsed(json, target);
    // Clearing is write 1, the first chunk write 2, the second chunk write 3 (fails).
    await expect(restoreBackup(backup, { chunkSize: 1 }, target)).rejects.toThrow(/injected/);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  test.each([
    ['not JSON', '{"format": "framelens-backup", ', /not valid JSON: .* line 1, column 32/],
    [
      'an annotation export',
      '{"format": "framelens", "version": 1}',
      /annotation export, not a backup/,
    ],
    ['another format', '{"format": "other"}', /"format" is "other"/],
    [
      'a newer backup version',
      '{"format": "framelens-backup", "version": 2, "schemaVersion": 1, "tables": {}}',
      /newer FrameLens \(backup version 2\)/,
    ],
    [
      'a newer schema',
      '{"format": "framelens-backup", "version": 1, "schemaVersion": 99, "tables": {}}',
      // The app database is at schema version 6 (annotations by position, cards by outlet and date).
      /schema version 99; this one is 6/,
    ],
    [
      'an unknown table',
      '{"format": "framelens-backup", "version": 1, "schemaVersion": 1, "tables": {"users": []}}',
      /tables.users is not a FrameLens table/,
    ],
    [
      'a missing table',
      '{"format": "framelens-backup", "version": 1, "schemaVersion": 1, "tables": {"outlets": []}}',
      /tables.articles is missing/,
    ],
  ])('refuses %s with a message saying what and where', async (_, json, message) => {
    const db = database('restore-bad');
    await ensureSeeded(db);
    await db.open();
    const result = await parseBackup(json, db.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  test('refuses a text changed after the backup, and a duplicated id', async () => {
    const source = await library('restore-tampered');
    const backup = JSON.parse(await createBackup(source)) as {
      tables: { articles: { text: string }[]; annotations: { id: string }[] };
    };
    const tampered = structuredClone(backup);
    const first = tampered.tables.articles[0];
    if (first) first.text += ' (edited)';
    const text = await parseBackup(JSON.stringify(tampered), source.verno);
    expect(text).toMatchObject({ ok: false, error: { path: 'tables.articles' } });
    if (!text.ok) expect(text.error.message).toMatch(/does not match its textHash/);

    const duplicated = structuredClone(backup);
    const [annotation] = duplicated.tables.annotations;
    if (annotation) duplicated.tables.annotations.push({ ...annotation });
    const dup = await parseBackup(JSON.stringify(duplicated), source.verno);
    expect(dup).toMatchObject({
      ok: false,
      error: { path: 'tables.annotations[2]' },
    });
  });
});
