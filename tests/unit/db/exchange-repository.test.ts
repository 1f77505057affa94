import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { becomeAnnotator } from '../../../src/db/repositories/annotators-repository';
import {
  commitImport,
  ImportCancelledError,
} from '../../../src/db/repositories/exchange-repository';
import { importFile, prepareImport } from '../../../src/workers/annotation-import';
import { exportAnnotations } from '../../../src/db/repositories/export-repository';
import { listOrphans, reattachOrphan } from '../../../src/db/repositories/orphans-repository';
import { getActiveCodebook } from '../../../src/db/repositories/codebook-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import type { Annotation } from '../../../src/domain/types';
import { exportKindInfos } from '../../../src/domain/exchange/registry/kind-info';
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

const encode = (text: string) => new TextEncoder().encode(text);

async function exportAll(db: FrameLensDatabase, includeTexts = true): Promise<string> {
  const file = await exportAnnotations(
    { scope: { kind: 'all' }, format: 'framelens', includeTexts },
    db,
  );
  return file.content;
}

async function importText(db: FrameLensDatabase, fileName: string, content: string) {
  const result = await importFile({ fileName, content: encode(content) }, db);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A library with the seeds, an annotator, live annotations, a tombstone and a rejected suggestion. */
async function annotatedLibrary(
  prefix: string,
): Promise<{ db: FrameLensDatabase; articleId: string }> {
  const db = database(prefix);
  await ensureSeeded(db);
  const ada = await becomeAnnotator('Ada', db);
  const articleId = await addSampleArticle(db);
  await saveAnnotations(
    [
      makeAnnotation(articleId, SAMPLE_TEXT, 'terrorists', { annotatorId: ada.id }),
      makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: ada.id, valence: -2 }),
      makeAnnotation(articleId, SAMPLE_TEXT, 'liberation', { annotatorId: ada.id, deleted: 1 }),
      makeAnnotation(articleId, SAMPLE_TEXT, 'HTS', {
        annotatorId: ada.id,
        status: 'rejected-suggestion',
      }),
    ],
    db,
  );
  return { db, articleId };
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('native export → import', () => {
  test('export, wipe (a new empty database), import: the same outlets, articles, annotations and annotators', async () => {
    const { db: source } = await annotatedLibrary('round-trip-source');
    const file = await exportAll(source);

    const target = database('round-trip-target');
    const outcome = await importText(target, 'framelens-all-annotations.json', file);
    expect(outcome.new).toBe(4);
    expect(outcome.orphaned).toBe(0);

    for (const table of ['outlets', 'articles', 'annotations', 'annotators'] as const) {
      expect(byId(await target.table(table).toArray()), table).toEqual(
        byId(await source.table(table).toArray()),
      );
    }
    await expectCardsInStep(target);
  });

  test('importing the same file twice changes nothing (byte for byte)', async () => {
    const { db: source } = await annotatedLibrary('twice-source');
    const file = await exportAll(source);
    const target = database('twice-target');
    await ensureSeeded(target);
    await importText(target, 'a.json', file);
    const after = await dumpDatabase(target);
    const second = await importText(target, 'a.json', file);
    expect(second).toMatchObject({ new: 0, updated: 0, conflicting: 0, articlesAdded: 0 });
    expect(await dumpDatabase(target)).toEqual(after);
  });

  test('A then B gives the same database as B then A (edits, a tombstone, new annotations)', async () => {
    const base = await annotatedLibrary('order-base');
    const baseFile = await exportAll(base.db);
    const copies = [database('order-a'), database('order-b')];
    for (const copy of copies) await importText(copy, 'base.json', baseFile);
    const [a, b] = copies as [FrameLensDatabase, FrameLensDatabase];
    const stored = (await a.annotations.toArray()).find((row) => row.exact === 'terrorists');
    if (!stored) throw new Error('fixture');
    // A edits the note; B deletes the same annotation later and adds one of its own.
    await a.annotations.put({
      ...stored,
      note: 'edited in A',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    await b.annotations.put({ ...stored, deleted: 1, updatedAt: '2026-11-22T10:00:00.000Z' });
    await b.annotations.put(
      makeAnnotation(base.articleId, SAMPLE_TEXT, 'Syrian army', {
        annotatorId: stored.annotatorId,
      }),
    );
    const fileA = await exportAll(a);
    const fileB = await exportAll(b);

    const ab = database('order-ab');
    const ba = database('order-ba');
    await ensureSeeded(ab);
    await ensureSeeded(ba);
    await importText(ab, 'a.json', fileA);
    await importText(ab, 'b.json', fileB);
    await importText(ba, 'b.json', fileB);
    await importText(ba, 'a.json', fileA);
    expect(byId(await ab.annotations.toArray())).toEqual(byId(await ba.annotations.toArray()));
    const merged = (await ab.annotations.toArray()).find((row) => row.id === stored.id);
    expect(merged).toMatchObject({ deleted: 1, updatedAt: '2026-11-22T10:00:00.000Z' });
    expect((await ab.annotations.toArray()).some((row) => row.exact === 'Syrian army')).toBe(true);
    const hashes = async (db: FrameLensDatabase) =>
      (await db.articles.toArray()).map((article) => article.textHash).sort();
    expect(await hashes(ab)).toEqual(await hashes(ba));
  });

  test('a failing write in the middle of an import leaves the database exactly as it was', async () => {
    const { db: source } = await annotatedLibrary('fail-source');
    const file = await exportAll(source);
    const target = database('fail-target');
    // The second annotations write (the second chunk of two annotations) fails.
    failNthWrite(target, 'annotations', 2);
    await ensureSeeded(target);
    const before = await dumpDatabase(target);
    const prepared = await prepareImport({ fileName: 'a.json', content: encode(file) }, {}, target);
    if (!prepared.ok) throw new Error(prepared.error.message);
    await expect(
      commitImport(prepared.value, { labels: {} }, { chunkSize: 2 }, target),
    ).rejects.toThrow(/injected failure/);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  test('a cancelled import writes nothing', async () => {
    const { db: source } = await annotatedLibrary('cancel-source');
    const file = await exportAll(source);
    const target = database('cancel-target');
    await ensureSeeded(target);
    const before = await dumpDatabase(target);
    const prepared = await prepareImport({ fileName: 'a.json', content: encode(file) }, {}, target);
    if (!prepared.ok) throw new Error(prepared.error.message);
    let chunks = 0;
    await expect(
      commitImport(
        prepared.value,
        { labels: {} },
        { chunkSize: 1, onProgress: () => chunks++, isCancelled: () => chunks >= 3 },
        target,
      ),
    ).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  test('a bad file is refused with its message and nothing changes', async () => {
    const target = database('bad-target');
    await ensureSeeded(target);
    const before = await dumpDatabase(target);
    const bad = readFileSync('tests/fixtures/bad/end-before-start.json');
    const result = await importFile(
      { fileName: 'end-before-start.json', content: new Uint8Array(bad) },
      target,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'annotations[1].end (120) is before start (140)' },
    });
    expect(await dumpDatabase(target)).toEqual(before);
  });
});

describe('re-anchoring and orphans', () => {
  test('an article with the same id but an edited text: annotations move, the lost one is orphaned and can be re-attached', async () => {
    const { db: source, articleId } = await annotatedLibrary('reanchor-source');
    const file = await exportAll(source);

    const target = database('reanchor-target');
    await ensureSeeded(target);
    // The receiving library has the article (same id) with an edited text: a sentence added at
    // the start, and "regime" changed to "government".
    const edited = `Breaking news.\n\n${SAMPLE_TEXT.replace('regime', 'government')}`;
    const text = edited;
    const original = await source.articles.get(articleId);
    if (!original) throw new Error('fixture');
    await target.outlets.put({
      id: original.outletId,
      name: 'Example Wire',
      nameKey: 'example wire',
    });
    await target.articles.put({ ...original, text, textHash: 'f'.repeat(64) });

    const prepared = await prepareImport({ fileName: 'a.json', content: encode(file) }, {}, target);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.articleMatches).toEqual({ sameText: 5, differentText: 1, added: 0 });
    // "terrorists" and the rejected suggestion "HTS" moved; the tombstone is not placed at all.
    expect(prepared.value.reanchored).toBe(2);
    expect(prepared.value.orphans.map((entry) => entry.orphan.annotation.exact)).toEqual([
      'regime',
    ]);

    await commitImport(prepared.value, { labels: {} }, {}, target);
    const terrorists = (await target.annotations.toArray()).find((a) => a.exact === 'terrorists');
    expect(terrorists && text.slice(terrorists.start, terrorists.end)).toBe('terrorists');
    expect(terrorists?.start).toBe(text.indexOf('terrorists'));
    const orphans = await listOrphans(target);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]).toMatchObject({ fileName: 'a.json', articleTitle: 'Aleppo offensive' });

    // Importing again lists the orphan once.
    await importFile({ fileName: 'a.json', content: encode(file) }, target);
    expect(await listOrphans(target)).toHaveLength(1);

    // Re-attached by hand to "government": written, and no longer listed.
    const orphan = orphans[0];
    if (!orphan) throw new Error('fixture');
    const start = text.indexOf('government');
    const placed = await reattachOrphan(
      orphan.annotation.id,
      { articleId, start, end: start + 'government'.length, labelId: 'actor-label' },
      target,
    );
    expect(placed).toMatchObject({ exact: 'government', articleId, valence: -2 });
    expect(await listOrphans(target)).toEqual([]);
    expect(await target.annotations.get(orphan.annotation.id)).toEqual(placed);
  });
});

describe('foreign formats', () => {
  test('Label Studio with a label not in the codebook: "add" adds the label, "skip" imports without it', async () => {
    const content = readFileSync('tests/fixtures/bad/label-studio-unknown-label.json');
    const add = database('ls-add');
    await ensureSeeded(add);
    const prepared = await prepareImport(
      { fileName: 'tasks.json', content: new Uint8Array(content) },
      {},
      add,
    );
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.unknownLabels.map((group) => [group.name, group.counts.new])).toEqual([
      ['Euphemism', 1],
    ]);
    expect(prepared.value.articleMatches.added).toBe(1);
    const outcome = await commitImport(prepared.value, { labels: {} }, {}, add);
    expect(outcome).toMatchObject({ new: 2, labelsAdded: 1, articlesAdded: 1, outletsAdded: 1 });
    const codebook = await getActiveCodebook(add);
    const euphemism = codebook.labels.find((label) => label.name === 'Euphemism');
    expect(euphemism).toMatchObject({ id: 'euphemism', key: '' });
    expect((await add.annotations.toArray()).map((a) => [a.exact, a.labelId]).sort()).toEqual([
      ['liberated', 'euphemism'],
      ['regime', 'actor-label'],
    ]);

    const skip = database('ls-skip');
    await ensureSeeded(skip);
    const again = await prepareImport(
      { fileName: 'tasks.json', content: new Uint8Array(content) },
      {},
      skip,
    );
    if (!again.ok) throw new Error(again.error.message);
    const key = again.value.unknownLabels[0]?.key ?? '';
    const skipped = await commitImport(again.value, { labels: { [key]: 'skip' } }, {}, skip);
    expect(skipped).toMatchObject({ new: 1, skipped: 1, labelsAdded: 0 });
    expect((await getActiveCodebook(skip)).labels.some((l) => l.name === 'Euphemism')).toBe(false);
  });

  test('foreign files: A then B = B then A, articles and outlets included', async () => {
    const task = (region: string, start: number, end: number, text: string, label: string) =>
      JSON.stringify([
        {
          id: 1,
          data: { text: 'The rebels liberated the town; the regime fled.', outlet: 'Example News' },
          annotations: [
            {
              completed_by: 4,
              created_at: '2024-05-01T10:00:00Z',
              result: [
                {
                  id: region,
                  type: 'labels',
                  from_name: 'label',
                  to_name: 'text',
                  value: { start, end, text, labels: [label] },
                },
              ],
            },
          ],
        },
      ]);
    const fileA = task('a1', 4, 10, 'rebels', 'Actor label');
    const fileB = task('b1', 35, 41, 'regime', 'Actor label');
    const ab = database('foreign-ab');
    const ba = database('foreign-ba');
    await importText(ab, 'a.json', fileA);
    await importText(ab, 'b.json', fileB);
    await importText(ba, 'b.json', fileB);
    await importText(ba, 'a.json', fileA);
    for (const table of ['outlets', 'articles', 'annotations', 'annotators'] as const) {
      const strip = (rows: Record<string, unknown>[]) =>
        byId(rows as { id: string }[]).map((row) => ({ ...row, addedAt: undefined }));
      expect(strip(await ab.table(table).toArray()), table).toEqual(
        strip(await ba.table(table).toArray()),
      );
    }
    expect(await ab.annotations.count()).toBe(2);
  });

  test('every export format re-imports into the library it came from without changing it', async () => {
    const { db } = await annotatedLibrary('formats');
    const before = await dumpDatabase(db);
    for (const { id: format } of exportKindInfos()) {
      const file = await exportAnnotations(
        { scope: { kind: 'all' }, format, includeTexts: false },
        db,
      );
      const prepared = await prepareImport(
        { fileName: `export.${file.extension}`, content: encode(file.content) },
        {},
        db,
      );
      if (!prepared.ok) throw new Error(`${format}: ${prepared.error.message}`);
      expect(prepared.value.articlesToAdd, format).toEqual([]);
      expect(prepared.value.orphans, format).toEqual([]);
      if (format !== 'doccano') {
        // doccano carries no ids: its spans come back as new annotations by design.
        expect(prepared.value.counts.new, format).toBe(0);
      }
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('W3C export of one article parses as an AnnotationCollection with code point offsets', async () => {
    const { db, articleId } = await annotatedLibrary('w3c');
    const file = await exportAnnotations(
      { scope: { kind: 'article', articleId }, format: 'w3c', includeTexts: false },
      db,
    );
    // The person (Ada), then the scope: outlet and the title's first words.
    expect(file.fileSlug).toBe('Ada-Example Wire-Aleppo offensive-annotations');
    const collection = JSON.parse(file.content) as {
      type: string;
      total: number;
      first: { items: { target: { selector: { type: string; exact?: string }[] } }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((item) => item.target.selector[0]?.exact).sort()).toEqual([
      'regime',
      'terrorists',
    ]);
  });
});

describe('large imports', () => {
  test('20,000 annotations from one file land in one transaction, with progress', async () => {
    const db = database('large');
    await ensureSeeded(db);
    const source = await annotatedLibrary('large-source');
    const sample = (await source.db.annotations.toArray())[0] as Annotation;
    const file = JSON.parse(await exportAll(source.db)) as { annotations: Annotation[] };
    file.annotations = Array.from({ length: 20_000 }, (_, i) => ({
      ...sample,
      id: `0192f3a4-0000-7000-9000-${i.toString(16).padStart(12, '0')}`,
    }));
    const content = encode(JSON.stringify(file));
    let progressCalls = 0;
    const prepared = await prepareImport({ fileName: 'big.json', content }, {}, db);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.counts.new).toBe(20_000);
    await commitImport(prepared.value, { labels: {} }, { onProgress: () => progressCalls++ }, db);
    expect(await db.annotations.count()).toBe(20_000);
    expect(progressCalls).toBeGreaterThanOrEqual(4);
    // A couple of seconds on a quiet machine, ten times that on a busy one: the limit catches hangs.
  }, 600_000);
});
