import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { becomeAnnotator } from '../../../src/db/repositories/annotators-repository';
import { readAnnotatorExportCounts } from '../../../src/db/repositories/export-catalog-repository';
import { commitImport } from '../../../src/db/repositories/exchange-repository';
import { exportAnnotations } from '../../../src/db/repositories/export-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import { exportKindInfos } from '../../../src/domain/exchange/registry/kind-info';
import { prepareImport } from '../../../src/workers/annotation-import';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from '../db/exchange-test-helpers';

const database = trackedDatabases();
const encode = (text: string) => new TextEncoder().encode(text);

async function seeded(prefix: string): Promise<FrameLensDatabase> {
  const db = database(prefix);
  await ensureSeeded(db);
  return db;
}

/**
 * Ada marked "terrorists"; Ben marked "regime" and "HTS" (and deleted "liberation"). The gold
 * export of Ben must hold his two live spans and nothing of Ada's.
 */
async function twoAnnotators(prefix: string) {
  const db = await seeded(prefix);
  const ben = await becomeAnnotator('Ben', db);
  const ada = await becomeAnnotator('Ada', db);
  const articleId = await addSampleArticle(db);
  const mark = (exact: string, annotatorId: string, deleted: 0 | 1 = 0) =>
    makeAnnotation(articleId, SAMPLE_TEXT, exact, { annotatorId, deleted });
  await saveAnnotations(
    [
      mark('terrorists', ada.id),
      mark('regime', ben.id),
      mark('HTS', ben.id),
      mark('liberation', ben.id, 1),
    ],
    db,
  );
  return { db, ada, ben, articleId };
}

/**
 * The quotes the file holds: read back by a library that holds the same article, or for CSV
 * (which FrameLens writes but does not import as annotations) its "exact" column.
 */
async function quotesIn(fileName: string, content: string): Promise<string[]> {
  if (fileName.endsWith('.csv')) {
    const rows = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    return rows.map((row) => row.exact ?? '').sort();
  }
  const receiver = await seeded('receiver');
  await addSampleArticle(receiver);
  const prepared = await prepareImport({ fileName, content: encode(content) }, {}, receiver);
  if (!prepared.ok) throw new Error(prepared.error.message);
  await commitImport(prepared.value, { labels: {} }, {}, receiver);
  const live = (await receiver.annotations.toArray()).filter((a) => a.deleted === 0);
  return live.map((annotation) => annotation.exact).sort();
}

describe('export of one annotator’s annotations', () => {
  test.each(exportKindInfos().map((kind) => [kind.id, kind.extension] as const))(
    '%s holds only that annotator’s annotations, and the file name says whose',
    async (format, extension) => {
      const { db, ben } = await twoAnnotators(`whose-${format}`);
      const file = await exportAnnotations(
        { scope: { kind: 'all' }, format, includeTexts: true, annotatorId: ben.id },
        db,
      );
      // Ben's live spans: "regime" and "HTS" (his deleted "liberation" is not counted).
      expect(file.annotationCount).toBe(2);
      expect(file.fileSlug).toContain('Ben');
      expect(file.fileSlug).not.toContain('Ada');
      expect(await quotesIn(`ben.${extension}`, file.content)).toEqual(['HTS', 'regime']);
    },
    30_000,
  );

  test('without an annotator, everyone’s annotations go (and the slug names whoever exports)', async () => {
    const { db } = await twoAnnotators('whose-everyone');
    const file = await exportAnnotations(
      { scope: { kind: 'all' }, format: 'framelens', includeTexts: true },
      db,
    );
    // Ada's "terrorists" + Ben's "regime" and "HTS"; Ada named herself last, so she exports.
    expect(file.annotationCount).toBe(3);
    expect(file.fileSlug).toContain('Ada');
  });

  test('an annotator no longer in the library is refused', async () => {
    const { db } = await twoAnnotators('whose-gone');
    await expect(
      exportAnnotations(
        { scope: { kind: 'all' }, format: 'framelens', includeTexts: true, annotatorId: 'gone' },
        db,
      ),
    ).rejects.toThrow('no longer in the library');
  });

  test('the counts the export form shows: live annotations per article for that annotator', async () => {
    const { db, ben, ada, articleId } = await twoAnnotators('whose-counts');
    expect(await readAnnotatorExportCounts(ben.id, db)).toEqual({ [articleId]: 2 });
    expect(await readAnnotatorExportCounts(ada.id, db)).toEqual({ [articleId]: 1 });
  });
});
