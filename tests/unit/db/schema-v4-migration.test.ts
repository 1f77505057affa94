import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { FrameLensDatabase } from '../../../src/db/database';
import { loadAgreementBase } from '../../../src/db/repositories/agreement-repository';
import type { CurationRecord, CurationStep } from '../../../src/domain/agreement/curation-types';

interface VersionFixture {
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const curation: CurationRecord = {
  id: 'cur-1',
  curatorName: 'Ms Rahman',
  goldAnnotatorId: 'gold-1',
  annotatorIds: ['u-1', 's-1'],
  articleIds: ['a-1'],
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
};

const step = (seq: number): CurationStep => ({
  curationId: curation.id,
  seq,
  at: '2026-12-07T09:05:00.000Z',
  kind: 'reject',
  decisions: [{ groupKey: `g-${seq}`, articleId: 'a-1', outcome: 'rejected', annotationId: null }],
});

test('version 4 keeps every version-3 row and adds the curation tables, empty and usable', async () => {
  const fixture = JSON.parse(
    readFileSync('tests/fixtures/db/v3-database.json', 'utf8'),
  ) as VersionFixture;
  const name = 'migration-v3-to-v4';
  // Written with a frozen copy of the version-3 schema, not the app's.
  const old = new Dexie(name);
  old.version(3).stores(fixture.schema);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();

  const current = new FrameLensDatabase(name);
  await current.open();
  // Opened by today's schema (version 5 added the personal lexicon layer and suggestion
  // feedback, both empty after an upgrade; version 6 indexes annotations by position and
  // article cards by outlet and date).
  expect(current.verno).toBe(6);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const stored = await current.table(table).toArray();
    expect(stored, table).toEqual(expect.arrayContaining(rows));
    expect(stored).toHaveLength(rows.length);
  }
  expect(await current.curations.count()).toBe(0);
  expect(await current.curationSteps.count()).toBe(0);
  expect(await current.personalLexicon.count()).toBe(0);
  expect(await current.suggestionFeedback.count()).toBe(0);

  // The new tables answer: a curation by id, its steps by the curationId index, in seq order.
  await current.curations.add(curation);
  await current.curationSteps.bulkAdd([step(2), step(1)]);
  expect(await current.curations.get('cur-1')).toEqual(curation);
  const steps = await current.curationSteps.where('curationId').equals('cur-1').sortBy('seq');
  expect(steps.map((s) => s.seq)).toEqual([1, 2]);

  // The agreement read sees the migrated classroom: Lina (s-1) marked a-1 done in her hand-in.
  const base = await loadAgreementBase(current);
  expect(base.doneMarks).toEqual([{ annotatorId: 's-1', articleId: 'a-1' }]);
  expect(base.submitted).toEqual([{ annotatorId: 's-1', articleId: 'a-1' }]);
  await current.delete();
});
