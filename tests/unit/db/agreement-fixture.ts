import type { DBCoreTable } from 'dexie';
import type { FrameLensDatabase } from '../../../src/db/database';
import { teacherAssignment, TEXT_ONE, TEXT_TWO } from '../classroom/intake-helpers';
import { addSampleArticle, makeAnnotation } from './exchange-test-helpers';

export const TEXT_THREE = 'Nobody has annotated this third text about the ceasefire yet.';

export const ADA = { id: 'ann-ada', name: 'Ada', role: 'annotator' as const };
export const BEN = { id: 'ann-ben', name: 'Ben', role: 'annotator' as const };
export const CY = { id: 'ann-cy', name: 'Cy', role: 'student' as const };
export const GOLD = { id: 'ann-gold', name: 'Gold — curated by Ada', role: 'annotator' as const };

/**
 * Three articles ("Aleppo offensive", "Dawn entry", "Ceasefire") and four annotators:
 * - Ada: "terrorists" on Aleppo (accepted), "regime" on Aleppo (deleted: not counted);
 * - Ben: "regime" on Aleppo (a rejected suggestion: not counted), "Rebels" on Dawn (accepted);
 * - Gold — curated by Ada: "terrorists" on Aleppo (accepted);
 * - Cy handed in an assignment of Aleppo and Dawn: Aleppo marked done (no annotation), Dawn in
 *   progress with one accepted annotation ("foreign plot").
 */
export async function agreementLibrary(database: FrameLensDatabase) {
  const aleppo = await addSampleArticle(database, TEXT_ONE, 'Example Wire', 'Aleppo offensive');
  const dawn = await addSampleArticle(database, TEXT_TWO, 'State Daily', 'Dawn entry');
  const ceasefire = await addSampleArticle(database, TEXT_THREE, 'State Daily', 'Ceasefire');
  await database.annotators.bulkAdd([ADA, BEN, CY, GOLD]);
  const on = (articleId: string, text: string, exact: string, annotatorId: string) =>
    makeAnnotation(articleId, text, exact, { annotatorId });
  await database.annotations.bulkAdd([
    on(aleppo, TEXT_ONE, 'terrorists', ADA.id),
    { ...on(aleppo, TEXT_ONE, 'regime', ADA.id), deleted: 1 },
    { ...on(aleppo, TEXT_ONE, 'regime', BEN.id), status: 'rejected-suggestion' },
    on(dawn, TEXT_TWO, 'Rebels', BEN.id),
    on(aleppo, TEXT_ONE, 'terrorists', GOLD.id),
    on(dawn, TEXT_TWO, 'foreign plot', CY.id),
  ]);
  const assignment = teacherAssignment([aleppo, dawn]);
  await database.assignments.add(assignment);
  await database.submissions.add({
    assignmentId: assignment.id,
    studentId: CY.id,
    studentName: CY.name,
    submittedAt: '2026-12-02T10:00:00.000Z',
    importedAt: '2026-12-02T11:00:00.000Z',
    fileName: 'cy.json',
  });
  const mark = (articleId: string, state: 'done' | 'in-progress') => ({
    assignmentId: assignment.id,
    annotatorId: CY.id,
    articleId,
    state,
    updatedAt: '2026-12-02T09:00:00.000Z',
  });
  await database.progress.bulkAdd([mark(aleppo, 'done'), mark(dawn, 'in-progress')]);
  return { aleppo, dawn, ceasefire };
}

/**
 * Records the keys of every read of the `articles` store (the one that holds texts) and the
 * names of the other stores read. Installed before the database opens.
 */
export function recordReads(database: FrameLensDatabase) {
  const log = {
    articleKeys: [] as unknown[],
    articleQueries: 0,
    stores: new Set<string>(),
    /** Forgets the reads so far (the fixture's own writes read too). */
    reset() {
      log.articleKeys.length = 0;
      log.articleQueries = 0;
      log.stores.clear();
    },
  };
  database.use({
    stack: 'dbcore',
    name: 'record-reads',
    create: (core) => ({
      ...core,
      table: (name) => {
        const inner = core.table(name);
        const seen = () => log.stores.add(name);
        const recorded: DBCoreTable = {
          ...inner,
          get: (request) => {
            seen();
            if (name === 'articles') log.articleKeys.push(request.key);
            return inner.get(request);
          },
          getMany: (request) => {
            seen();
            if (name === 'articles') log.articleKeys.push(...request.keys);
            return inner.getMany(request);
          },
          query: (request) => {
            seen();
            if (name === 'articles') log.articleQueries += 1;
            return inner.query(request);
          },
          openCursor: (request) => {
            seen();
            if (name === 'articles') log.articleQueries += 1;
            return inner.openCursor(request);
          },
        };
        return recorded;
      },
    }),
  });
  return log;
}
