import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { listAssignments, listProgress } from '../../../src/db/repositories/classroom-repository';
import { teacherAssignment } from '../classroom/intake-helpers';

interface VersionFixture {
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

test('version 3 keeps every version-2 row and adds the classroom tables, empty and usable', async () => {
  const fixture = JSON.parse(
    readFileSync('tests/fixtures/db/v2-database.json', 'utf8'),
  ) as VersionFixture;
  const name = 'migration-v2-to-v3';
  // Written with a frozen copy of the version-2 schema, not the app's.
  const old = new Dexie(name);
  old.version(2).stores(fixture.schema);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();

  const current = new FrameLensDatabase(name);
  await current.open();
  expect(current.verno).toBeGreaterThanOrEqual(3);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const stored = await current.table(table).toArray();
    expect(stored, table).toEqual(expect.arrayContaining(rows));
    expect(stored).toHaveLength(rows.length);
  }
  for (const table of ['assignments', 'progress', 'submissions', 'guesses']) {
    expect(await current.table(table).count(), table).toBe(0);
  }
  // The new indexes answer: an assignment by role, progress by assignment.
  const assignment = teacherAssignment(['a-1']);
  await current.assignments.add(assignment);
  await current.progress.add({
    assignmentId: assignment.id,
    annotatorId: 'ann-1',
    articleId: 'a-1',
    state: 'done',
    updatedAt: '2026-12-02T10:00:00.000Z',
  });
  expect(await current.assignments.where('role').equals('teacher').count()).toBe(1);
  expect((await listAssignments(current)).map((a) => a.id)).toEqual([assignment.id]);
  expect((await listProgress(assignment.id, current)).map((p) => p.state)).toEqual(['done']);
  await current.delete();
});
