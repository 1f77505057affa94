import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { listAnnotatorsOnArticles } from '../../../src/db/repositories/classroom-roster-repository';
import {
  createCuration,
  getCuration,
  listCurations,
  listCurationSteps,
  recordCurationStep,
  undoLastCurationStep,
  type PlannedDecision,
} from '../../../src/db/repositories/curation-repository';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from './exchange-test-helpers';

const database = trackedDatabases();

const T0 = '2026-12-07T10:00:00.000Z';
const T1 = '2026-12-07T10:05:00.000Z';
const T2 = '2026-12-07T10:09:00.000Z';

async function startCuration(db: FrameLensDatabase, curatorName = 'Noor') {
  const articleId = await addSampleArticle(db);
  const curation = await createCuration(
    { curatorName, annotatorIds: ['ann-ada', 'ann-ben'], articleIds: [articleId], now: T0 },
    db,
  );
  return { articleId, curation };
}

/** An accepted group: the gold annotation on `exact` under the curation's gold annotator. */
function accepted(
  articleId: string,
  goldAnnotatorId: string,
  groupKey: string,
  exact: string,
): PlannedDecision {
  return {
    groupKey,
    articleId,
    outcome: 'accepted',
    annotation: makeAnnotation(articleId, SAMPLE_TEXT, exact, { annotatorId: goldAnnotatorId }),
  };
}

function rejected(articleId: string, groupKey: string): PlannedDecision {
  return { groupKey, articleId, outcome: 'rejected', annotation: null };
}

describe('createCuration', () => {
  test('writes the gold annotator "Gold — curated by NAME" and the record in one go', async () => {
    const db = database('curation-create');
    const { articleId, curation } = await startCuration(db, '  Noor   Haddad ');
    const gold = await db.annotators.get(curation.goldAnnotatorId);
    expect(gold).toEqual({
      id: curation.goldAnnotatorId,
      name: 'Gold — curated by Noor Haddad',
      role: 'annotator',
    });
    expect(await db.curations.get(curation.id)).toEqual({
      id: curation.id,
      curatorName: 'Noor Haddad',
      goldAnnotatorId: curation.goldAnnotatorId,
      annotatorIds: ['ann-ada', 'ann-ben'],
      articleIds: [articleId],
      createdAt: T0,
      updatedAt: T0,
    });
  });

  test('a name already taken gets "(2)", then "(3)" (case-insensitively)', async () => {
    const db = database('curation-collision');
    await db.annotators.add({ id: 'other', name: 'gold — CURATED by noor', role: 'annotator' });
    const { articleId } = await startCuration(db);
    const third = await createCuration(
      { curatorName: 'Noor', annotatorIds: ['a', 'b'], articleIds: [articleId], now: T1 },
      db,
    );
    const names = (await db.annotators.toArray()).map((annotator) => annotator.name);
    expect(new Set(names)).toEqual(
      new Set([
        'gold — CURATED by noor',
        'Gold — curated by Noor (2)',
        'Gold — curated by Noor (3)',
      ]),
    );
    expect((await getCuration(third.id, db))?.goldAnnotatorName).toBe('Gold — curated by Noor (3)');
  });

  test('refuses fewer than two annotators or no article, and writes nothing', async () => {
    const db = database('curation-refuse');
    await expect(
      createCuration(
        { curatorName: 'Noor', annotatorIds: ['a', 'a'], articleIds: ['x'], now: T0 },
        db,
      ),
    ).rejects.toThrow('at least two annotators');
    await expect(
      createCuration(
        { curatorName: 'Noor', annotatorIds: ['a', 'b'], articleIds: [], now: T0 },
        db,
      ),
    ).rejects.toThrow('at least one article');
    expect(await db.annotators.count()).toBe(0);
    expect(await db.curations.count()).toBe(0);
  });
});

describe('recordCurationStep', () => {
  test('numbers steps 1, 2, … and writes the accepted gold annotations', async () => {
    const db = database('curation-steps');
    const { articleId, curation } = await startCuration(db);
    const gold = curation.goldAnnotatorId;
    const first = accepted(articleId, gold, 'g1', 'terrorists');
    await recordCurationStep(curation.id, 'accept', [first], db, T1);
    await recordCurationStep(curation.id, 'reject', [rejected(articleId, 'g2')], db, T2);

    const steps = await listCurationSteps(curation.id, db);
    expect(steps.map((step) => [step.seq, step.kind, step.at])).toEqual([
      [1, 'accept', T1],
      [2, 'reject', T2],
    ]);
    expect(steps[0]?.decisions).toEqual([
      { groupKey: 'g1', articleId, outcome: 'accepted', annotationId: first.annotation?.id },
    ]);
    expect(steps[1]?.decisions).toEqual([
      { groupKey: 'g2', articleId, outcome: 'rejected', annotationId: null },
    ]);
    expect(await db.annotations.get(first.annotation?.id ?? '')).toEqual(first.annotation);
    expect((await db.curations.get(curation.id))?.updatedAt).toBe(T2);
    // Two steps of one decision each.
    expect((await listCurations(db)).map((summary) => summary.decisions)).toEqual([2]);
  });

  test('refuses a group already decided, writing nothing', async () => {
    const db = database('curation-double');
    const { articleId, curation } = await startCuration(db);
    const gold = curation.goldAnnotatorId;
    await recordCurationStep(curation.id, 'reject', [rejected(articleId, 'g1')], db, T1);
    const again = accepted(articleId, gold, 'g1', 'regime');
    await expect(recordCurationStep(curation.id, 'accept', [again], db, T2)).rejects.toThrow(
      'already decided',
    );
    const twiceInOneStep = [
      accepted(articleId, gold, 'g2', 'regime'),
      accepted(articleId, gold, 'g2', 'HTS'),
    ];
    await expect(
      recordCurationStep(curation.id, 'accept-agreed', twiceInOneStep, db, T2),
    ).rejects.toThrow('already decided');
    expect(await db.annotations.count()).toBe(0);
    expect((await listCurationSteps(curation.id, db)).length).toBe(1);
    expect((await db.curations.get(curation.id))?.updatedAt).toBe(T1);
  });

  test('refuses a gold annotation that is not the gold annotator’s', async () => {
    const db = database('curation-foreign');
    const { articleId, curation } = await startCuration(db);
    const foreign = accepted(articleId, 'ann-ada', 'g1', 'regime');
    await expect(recordCurationStep(curation.id, 'accept', [foreign], db, T1)).rejects.toThrow(
      'gold set',
    );
    expect(await db.curationSteps.count()).toBe(0);
  });
});

describe('undoLastCurationStep', () => {
  test('tombstones exactly the last step’s annotations and deletes only that step', async () => {
    const db = database('curation-undo');
    const { articleId, curation } = await startCuration(db);
    const gold = curation.goldAnnotatorId;
    const kept = accepted(articleId, gold, 'g1', 'terrorists');
    const undone = accepted(articleId, gold, 'g2', 'regime');
    await recordCurationStep(curation.id, 'accept', [kept], db, T1);
    await recordCurationStep(curation.id, 'edit', [undone], db, T1);

    const step = await undoLastCurationStep(curation.id, db, T2);
    expect(step?.seq).toBe(2);
    expect(await db.annotations.get(undone.annotation?.id ?? '')).toEqual({
      ...undone.annotation,
      deleted: 1,
      updatedAt: T2,
    });
    expect(await db.annotations.get(kept.annotation?.id ?? '')).toEqual(kept.annotation);
    expect((await listCurationSteps(curation.id, db)).map((s) => s.seq)).toEqual([1]);
    // The group is undecided again: deciding it once more is allowed, as step 2.
    const redo = accepted(articleId, gold, 'g2', 'HTS');
    expect((await recordCurationStep(curation.id, 'accept', [redo], db, T2)).seq).toBe(2);
  });

  test('undoes a bulk "accept agreed" step at once; nothing left to undo gives null', async () => {
    const db = database('curation-bulk');
    const { articleId, curation } = await startCuration(db);
    const gold = curation.goldAnnotatorId;
    const bulk = [
      accepted(articleId, gold, 'g1', 'terrorists'),
      accepted(articleId, gold, 'g2', 'regime'),
      accepted(articleId, gold, 'g3', 'liberation'),
    ];
    await recordCurationStep(curation.id, 'accept-agreed', bulk, db, T1);
    expect((await listCurations(db))[0]?.decisions).toBe(3);

    await undoLastCurationStep(curation.id, db, T2);
    const rows = await db.annotations.toArray();
    expect(rows.map((row) => [row.exact, row.deleted]).sort()).toEqual([
      ['liberation', 1],
      ['regime', 1],
      ['terrorists', 1],
    ]);
    expect(await db.curationSteps.count()).toBe(0);
    expect(await undoLastCurationStep(curation.id, db, T2)).toBeNull();
  });

  test('leaves other curations’ steps alone', async () => {
    const db = database('curation-other');
    const { articleId, curation } = await startCuration(db);
    const other = await createCuration(
      { curatorName: 'Sami', annotatorIds: ['a', 'b'], articleIds: [articleId], now: T0 },
      db,
    );
    await recordCurationStep(curation.id, 'reject', [rejected(articleId, 'g1')], db, T1);
    await recordCurationStep(other.id, 'reject', [rejected(articleId, 'g1')], db, T2);
    await undoLastCurationStep(curation.id, db, T2);
    expect(await listCurationSteps(curation.id, db)).toEqual([]);
    expect((await listCurationSteps(other.id, db)).map((s) => s.seq)).toEqual([1]);
  });
});

describe('the gold set as an answer key', () => {
  test('once it holds an annotation on an article, the answer key candidates list it', async () => {
    const db = database('curation-key');
    const { articleId, curation } = await startCuration(db);
    expect(await listAnnotatorsOnArticles([articleId], db)).toEqual([]);
    const first = accepted(articleId, curation.goldAnnotatorId, 'g1', 'terrorists');
    await recordCurationStep(curation.id, 'accept', [first], db, T1);
    expect((await listAnnotatorsOnArticles([articleId], db)).map((a) => a.name)).toEqual([
      'Gold — curated by Noor',
    ]);
  });
});
