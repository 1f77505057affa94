import { describe, expect, test } from 'vitest';
import { createBackup } from '../../../src/db/backup';
import { restoreBackup } from '../../../src/db/repositories/restore-repository';
import { parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { dumpDatabase, trackedDatabases } from '../db/exchange-test-helpers';
import { teacherAssignment, teacherLibrary } from './intake-helpers';

const fresh = trackedDatabases();
const CLASSROOM_TABLES = ['assignments', 'progress', 'submissions', 'guesses'] as const;

async function classroomLibrary() {
  const database = fresh('backup-source');
  const { first } = await teacherLibrary(database);
  const assignment = teacherAssignment([first]);
  await database.assignments.add(assignment);
  await database.annotators.add({ id: 'stu-1', name: 'Lina', role: 'student' });
  await database.progress.add({
    assignmentId: assignment.id,
    annotatorId: 'stu-1',
    articleId: first,
    state: 'done',
    updatedAt: '2026-12-02T10:00:00.000Z',
  });
  await database.submissions.add({
    assignmentId: assignment.id,
    studentId: 'stu-1',
    studentName: 'Lina',
    submittedAt: '2026-12-02T10:00:00.000Z',
    importedAt: '2026-12-03T08:00:00.000Z',
    fileName: 'lina.json',
  });
  await database.guesses.add({
    assignmentId: assignment.id,
    annotatorId: 'stu-1',
    code: 'Outlet A',
    outletName: null,
    lean: 'state-media',
    updatedAt: '2026-12-02T10:00:00.000Z',
  });
  return database;
}

async function parsed(text: string, schemaVersion: number) {
  const backup = await parseBackup(text, schemaVersion);
  if (!backup.ok) throw new Error(backup.error.message);
  return backup.value;
}

describe('backups hold the classroom', () => {
  test('a backup round trip restores assignments, progress, hand-ins and guesses', async () => {
    const source = await classroomLibrary();
    const text = await createBackup(source);
    const target = fresh('backup-target');
    await restoreBackup(await parsed(text, target.verno), {}, target);
    const before = await dumpDatabase(source);
    const after = await dumpDatabase(target);
    for (const table of CLASSROOM_TABLES) {
      expect(after[table], table).toEqual(before[table]);
      expect(after[table]).toHaveLength(1);
    }
  });

  test('a backup made before the classroom (no such tables) still restores', async () => {
    const source = await classroomLibrary();
    const backup = JSON.parse(await createBackup(source)) as {
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    };
    for (const table of CLASSROOM_TABLES) delete backup.tables[table];
    backup.schemaVersion = 2;
    const target = await classroomLibrary();
    await restoreBackup(await parsed(JSON.stringify(backup), target.verno), {}, target);
    const after = await dumpDatabase(target);
    for (const table of CLASSROOM_TABLES) expect(after[table], table).toEqual([]);
    expect(after.articles).toHaveLength(2);
  });

  test('a broken classroom row is refused with its place', async () => {
    const source = await classroomLibrary();
    const backup = JSON.parse(await createBackup(source)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    backup.tables.progress![0]!.state = 'finished';
    const result = await parseBackup(JSON.stringify(backup), source.verno);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('tables.progress[0].state');
  });
});
