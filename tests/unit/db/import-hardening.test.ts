import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { getActiveCodebook } from '../../../src/db/repositories/codebook-repository';
import { commitImport } from '../../../src/db/repositories/exchange-repository';
import { exportAnnotations } from '../../../src/db/repositories/export-repository';
import { summarizeImportPlan } from '../../../src/domain/exchange/plan/import-preview';
import { importFile, prepareImport } from '../../../src/workers/annotation-import';
import { ensureSeeded } from '../../../src/db/seeding';
import { sha256Hex } from '../../../src/domain/hash';
import type { Annotation, Article } from '../../../src/domain/types';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from './exchange-test-helpers';

const database = trackedDatabases();
const encode = (text: string) => new TextEncoder().encode(text);

async function prepared(
  db: FrameLensDatabase,
  fileName: string,
  content: string,
  options: Parameters<typeof prepareImport>[1] = {},
) {
  const result = await prepareImport({ fileName, content: encode(content) }, options, db);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function imported(db: FrameLensDatabase, fileName: string, content: string) {
  const result = await importFile({ fileName, content: encode(content) }, db);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

interface Region {
  id: string;
  start: number;
  end: number;
  text?: string;
  label?: string;
}

/** One Label Studio task with one region per entry (offsets in code points). */
function labelStudioFile(text: string, regions: Region[], title = 'A task'): string {
  return JSON.stringify([
    {
      id: 1,
      data: { text, outlet: 'Example News', title },
      annotations: [
        {
          completed_by: 4,
          created_at: '2024-05-01T10:00:00Z',
          result: regions.map((region) => ({
            id: region.id,
            type: 'labels',
            from_name: 'label',
            to_name: 'text',
            value: {
              start: region.start,
              end: region.end,
              ...(region.text === undefined ? {} : { text: region.text }),
              labels: [region.label ?? 'Actor label'],
            },
          })),
        },
      ],
    },
  ]);
}

/** A native FrameLens file with one article (text included) and the given annotations. */
async function nativeFile(
  text: string,
  annotations: Partial<Annotation>[],
  extra: { codebook?: unknown; articleId?: string } = {},
): Promise<string> {
  const articleId = extra.articleId ?? 'file-article';
  const article: Article = {
    id: articleId,
    outletId: 'file-outlet',
    title: 'From the file',
    url: null,
    published: '2024-11-28',
    language: 'en',
    text,
    textHash: await sha256Hex(text),
    wordCount: 5,
    source: 'import',
    addedAt: '2024-11-28T10:00:00.000Z',
  };
  return JSON.stringify({
    format: 'framelens',
    version: 1,
    exportedAt: '2024-12-01T10:00:00.000Z',
    source: 'FrameLens',
    ...(extra.codebook === undefined ? {} : { codebook: extra.codebook }),
    outlets: [{ id: 'file-outlet', name: 'File Outlet' }],
    articles: [article],
    annotations: annotations.map((overrides, n) => ({
      ...makeAnnotation(articleId, text, overrides.exact ?? '', {
        id: `0192f3a4-1111-7000-8000-${String(n + 1).padStart(12, '0')}`,
        annotatorId: 'ann-file',
      }),
      ...overrides,
    })),
    annotators: [{ id: 'ann-file', name: 'File person', role: 'annotator' }],
  });
}

const OTHER_TEXT = 'Militants shelled the town at dawn; the regime blamed the rebels.';

describe('A. ids from a file never move an annotation to another article', () => {
  test('two Label Studio files, two texts, the same region id "r1": both articles keep their annotation', async () => {
    const db = database('ls-region-ids');
    await ensureSeeded(db);
    // "terrorists" is at 21–31 in SAMPLE_TEXT (ASCII, so code points = UTF-16 units).
    const first = labelStudioFile(SAMPLE_TEXT, [
      { id: 'r1', start: 21, end: 31, text: 'terrorists' },
    ]);
    // "Militants" is at 0–9 in OTHER_TEXT.
    const second = labelStudioFile(OTHER_TEXT, [{ id: 'r1', start: 0, end: 9, text: 'Militants' }]);
    await imported(db, 'first.json', first);

    const plan = await prepared(db, 'second.json', second);
    expect(plan.counts).toEqual({ new: 1, updated: 0, unchanged: 0, conflicting: 0 });
    await commitImport(plan, { labels: {} }, {}, db);

    const articles = await db.articles.toArray();
    const firstArticle = articles.find((article) => article.text === SAMPLE_TEXT);
    const secondArticle = articles.find((article) => article.text === OTHER_TEXT);
    const stored = await db.annotations.toArray();
    expect(stored.filter((a) => a.articleId === firstArticle?.id).map((a) => a.exact)).toEqual([
      'terrorists',
    ]);
    expect(stored.filter((a) => a.articleId === secondArticle?.id).map((a) => a.exact)).toEqual([
      'Militants',
    ]);

    // The same file again changes nothing.
    expect((await prepared(db, 'first.json', first)).counts).toEqual({
      new: 0,
      updated: 0,
      unchanged: 1,
      conflicting: 0,
    });
  });

  test('FrameLens’s own Label Studio export re-imports onto the same annotations (same ids)', async () => {
    const db = database('ls-own-export');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db);
    const mine = makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: 'ann-ada' });
    await db.annotators.put({ id: 'ann-ada', name: 'Ada', role: 'annotator' });
    await saveAnnotations([mine], db);
    const file = await exportAnnotations(
      { scope: { kind: 'all' }, format: 'label-studio', includeTexts: true },
      db,
    );
    const plan = await prepared(db, 'export.json', file.content);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 1, conflicting: 0 });
    expect(plan.annotations.map((entry) => entry.annotation.id)).toEqual([mine.id]);
  });

  test('our Label Studio export imported into a library where its region id is on another article: a new annotation, the old one stays', async () => {
    const db = database('ls-own-id-elsewhere');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db);
    const mine = makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: 'ann-ada' });
    await db.annotators.put({ id: 'ann-ada', name: 'Ada', role: 'annotator' });
    await saveAnnotations([mine], db);
    const before = await db.annotations.get(mine.id);
    // A file for another text that (by accident or malice) reuses that id as its region id.
    const file = labelStudioFile(OTHER_TEXT, [
      { id: mine.id, start: 0, end: 9, text: 'Militants' },
    ]);
    const plan = await prepared(db, 'other.json', file);
    expect(plan.counts.new).toBe(1);
    await commitImport(plan, { labels: {} }, {}, db);
    expect(await db.annotations.get(mine.id)).toEqual(before);
    expect(await db.annotations.count()).toBe(2);
  });

  test('a native file whose annotation id is stored on another article: a conflict, listed, nothing moved', async () => {
    const db = database('native-id-elsewhere');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db);
    const mine = makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: 'ann-ada' });
    await db.annotators.put({ id: 'ann-ada', name: 'Ada', role: 'annotator' });
    await saveAnnotations([mine], db);
    const before = await db.annotations.get(mine.id);
    const file = await nativeFile(OTHER_TEXT, [
      { id: mine.id, exact: 'regime', updatedAt: '2030-01-01T00:00:00.000Z' },
    ]);

    const plan = await prepared(db, 'other.json', file);
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 0, conflicting: 1 });
    const preview = summarizeImportPlan(plan);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        kind: 'other-article',
        exact: 'regime',
        winner: 'existing',
        existingTitle: 'Aleppo offensive',
        incomingTitle: 'From the file',
      }),
    ]);
    const outcome = await commitImport(plan, { labels: {} }, {}, db);
    expect(outcome.conflicting).toBe(1);
    expect(await db.annotations.get(mine.id)).toEqual(before);
  });

  test('an orphan whose id is stored on another article is a conflict, not listed for re-attaching', async () => {
    const db = database('orphan-id-elsewhere');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db);
    const mine = makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: 'ann-ada' });
    await db.annotators.put({ id: 'ann-ada', name: 'Ada', role: 'annotator' });
    await saveAnnotations([mine], db);
    // "terrorists" is not in OTHER_TEXT: the quote cannot be placed there.
    const file = await nativeFile(OTHER_TEXT, [
      {
        id: mine.id,
        exact: 'Militants',
        updatedAt: '2030-01-01T00:00:00.000Z',
      },
    ]);
    const edited = file.replace('"exact":"Militants"', '"exact":"terrorists"');
    const plan = await prepared(db, 'other.json', edited);
    expect(plan.orphans).toEqual([]);
    expect(plan.counts.conflicting).toBe(1);
    expect(summarizeImportPlan(plan).conflicts.map((c) => [c.kind, c.exact])).toEqual([
      ['other-article', 'terrorists'],
    ]);
  });

  test('a W3C annotation whose id is stored on another article is not moved there', async () => {
    const db = database('w3c-id-elsewhere');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db);
    const otherId = await addSampleArticle(db, OTHER_TEXT, 'Other Wire', 'Dawn shelling');
    const mine = makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: 'ann-ada' });
    await db.annotators.put({ id: 'ann-ada', name: 'Ada', role: 'annotator' });
    await saveAnnotations([mine], db);
    const before = await db.annotations.get(mine.id);
    const other = await db.articles.get(otherId);
    const start = OTHER_TEXT.indexOf('regime');
    const w3c = JSON.stringify({
      type: 'Annotation',
      id: `urn:uuid:${mine.id}`,
      created: '2030-01-01T00:00:00Z',
      modified: '2030-01-02T00:00:00Z',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Actor label' }],
      target: {
        source: `urn:sha256:${other?.textHash ?? ''}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'regime' },
          { type: 'TextPositionSelector', start, end: start + 6 },
        ],
      },
    });
    const plan = await prepared(db, 'w3c.jsonld', w3c);
    expect(plan.counts.conflicting).toBe(1);
    await commitImport(plan, { labels: {} }, {}, db);
    expect(await db.annotations.get(mine.id)).toEqual(before);
  });
});

// "🇸🇾" is two regional indicators, each a surrogate pair: UTF-16 units 0–4.
const FLAG_TEXT = '🇸🇾 Syria: the regime and HTS fighters clashed near Idlib.';

describe('E. no span stores half a character', () => {
  test('native start 1 (inside the first surrogate pair) is widened to the whole flag and listed', async () => {
    const db = database('native-half-flag');
    await ensureSeeded(db);
    // 1–6 is "\uddf8🇾 S": half of 🇸, then 🇾 (2 units), the space and "S".
    const file = await nativeFile(FLAG_TEXT, [
      { exact: FLAG_TEXT.slice(1, 6), start: 1, end: 6, prefix: FLAG_TEXT.slice(0, 1) },
    ]);
    const plan = await prepared(db, 'flag.json', file);
    const preview = summarizeImportPlan(plan);
    expect(preview.snapped).toBe(1);
    expect(preview.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'snapped',
        exact: '🇸🇾 S',
        from: { start: 1, end: 6 },
        to: { start: 0, end: 6 },
      }),
    ]);
    await commitImport(plan, { labels: {} }, {}, db);
    const [stored] = await db.annotations.toArray();
    expect(stored).toMatchObject({ start: 0, end: 6, exact: '🇸🇾 S', prefix: '' });
  });

  test('doccano [1, 6] on the same text is widened the same way', async () => {
    const db = database('doccano-half-flag');
    await ensureSeeded(db);
    const line = JSON.stringify({ text: FLAG_TEXT, label: [[1, 6, 'Actor label']] });
    // [1, 6] cuts a character under either offset unit, so the import asks which one the file
    // uses; the person says UTF-16 (the unit of the example in the issue).
    const plan = await prepared(db, 'flag.jsonl', line, { doccanoOffsetUnits: 'utf16' });
    expect(plan.snapped).toBe(1);
    expect(plan.warnings.some((warning) => warning.includes('widened to whole characters'))).toBe(
      true,
    );
    await commitImport(plan, { labels: {} }, {}, db);
    const [stored] = await db.annotations.toArray();
    expect(stored).toMatchObject({ start: 0, end: 6, exact: '🇸🇾 S' });
  });
});

describe('F. label names are unique case-insensitively', () => {
  test('a Label Studio "toString" and then a native labelId "toString" share one label', async () => {
    const db = database('label-tostring');
    await ensureSeeded(db);
    await imported(
      db,
      'ls.json',
      labelStudioFile(SAMPLE_TEXT, [
        { id: 'r1', start: 21, end: 31, text: 'terrorists', label: 'toString' },
      ]),
    );
    await imported(
      db,
      'native.json',
      await nativeFile(OTHER_TEXT, [{ exact: 'regime', labelId: 'toString' }]),
    );
    const labels = (await getActiveCodebook(db)).labels.filter(
      (label) => label.name.toLowerCase() === 'tostring',
    );
    expect(labels).toHaveLength(1);
    const stored = await db.annotations.toArray();
    expect(stored.map((a) => a.labelId)).toEqual([labels[0]?.id, labels[0]?.id]);
  });

  test('a native label whose name the codebook has (in other case) maps to that label', async () => {
    const db = database('label-same-name');
    await ensureSeeded(db);
    const codebook = {
      ...(await getActiveCodebook(db)),
      labels: [
        {
          id: 'their-actor',
          name: 'ACTOR LABEL',
          category: 'Theirs',
          color: '#123456',
          key: '',
          description: '',
        },
      ],
    };
    const plan = await prepared(
      db,
      'native.json',
      await nativeFile(OTHER_TEXT, [{ exact: 'regime', labelId: 'their-actor' }], { codebook }),
    );
    expect(plan.unknownLabels).toEqual([]);
    expect(plan.annotations.map((entry) => entry.annotation.labelId)).toEqual(['actor-label']);
  });

  test('"__proto__", "constructor" and "toString" are plain label names: proposed once each, skip works', async () => {
    const db = database('label-proto');
    await ensureSeeded(db);
    const names = ['__proto__', 'constructor', 'toString'];
    const file = await nativeFile(
      OTHER_TEXT,
      names.map((labelId, n) => ({
        exact: ['Militants', 'regime', 'rebels'][n] ?? '',
        labelId,
      })),
    );
    const plan = await prepared(db, 'native.json', file);
    expect(plan.unknownLabels.map((group) => group.name)).toEqual(names);
    // A decision record built like the preview's (JSON keeps "__proto__" as an own key).
    const skip = JSON.parse(
      JSON.stringify({
        labels: Object.fromEntries(plan.unknownLabels.map((group) => [group.key, 'skip'])),
      }),
    ) as { labels: Record<string, 'add' | 'skip'> };
    const outcome = await commitImport(plan, skip, {}, db);
    expect(outcome).toMatchObject({ new: 0, skipped: 3, labelsAdded: 0 });

    const again = await prepared(db, 'native.json', file);
    const added = await commitImport(again, { labels: {} }, {}, db);
    expect(added).toMatchObject({ new: 3, labelsAdded: 3 });
    const codebook = await getActiveCodebook(db);
    for (const name of names) {
      expect(codebook.labels.filter((label) => label.name === name)).toHaveLength(1);
    }
  });
});

describe('H. every move is counted and listed', () => {
  test('Label Studio 9–18 whose quote is at 10–19: listed as moved, from → to, with the quote', async () => {
    const db = database('ls-moved');
    await ensureSeeded(db);
    // "the regime" is at 34–44 in OTHER_TEXT; the file says 33–43 (one off).
    const start = OTHER_TEXT.indexOf('the regime');
    const file = labelStudioFile(OTHER_TEXT, [
      { id: 'r1', start: start - 1, end: start + 9, text: 'the regime' },
    ]);
    const preview = summarizeImportPlan(await prepared(db, 'moved.json', file));
    expect(preview.reanchored).toBe(1);
    expect(preview.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'moved',
        exact: 'the regime',
        from: { start: start - 1, end: start + 9 },
        to: { start, end: start + 10 },
        where: 'tasks[0].annotations[0].result[0]',
      }),
    ]);
  });

  test('a W3C position on "Hayat" with the quote "regime": listed as moved to "regime"', async () => {
    const db = database('w3c-moved');
    await ensureSeeded(db);
    const text = 'Hayat Tahrir al-Sham fighters entered Aleppo as the regime withdrew.';
    const articleId = await addSampleArticle(db, text, 'Other Wire', 'Aleppo falls');
    const article = await db.articles.get(articleId);
    const w3c = JSON.stringify({
      type: 'Annotation',
      created: '2030-01-01T00:00:00Z',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Actor label' }],
      target: {
        source: `urn:sha256:${article?.textHash ?? ''}`,
        selector: [
          { type: 'TextQuoteSelector', exact: 'regime' },
          { type: 'TextPositionSelector', start: 0, end: 5 },
        ],
      },
    });
    const plan = await prepared(db, 'w3c.jsonld', w3c);
    const start = text.indexOf('regime');
    expect(plan.reanchored).toBe(1);
    expect(plan.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'moved',
        exact: 'regime',
        from: { start: 0, end: 5 },
        to: { start, end: start + 6 },
      }),
    ]);
  });

  test('a Label Studio end of 4000 on a short text: found again by its quote and listed, never clamped silently', async () => {
    const db = database('ls-past-end');
    await ensureSeeded(db);
    const file = labelStudioFile(OTHER_TEXT, [
      { id: 'r1', start: 40, end: 4000, text: 'regime' },
      { id: 'r2', start: 50, end: 4000, text: 'not in the text' },
    ]);
    const plan = await prepared(db, 'past-end.json', file);
    const start = OTHER_TEXT.indexOf('regime');
    expect(plan.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'moved',
        exact: 'regime',
        from: { start: 40, end: 4000 },
        to: { start, end: start + 6 },
        reason: expect.stringContaining(
          `past the end of the text (${OTHER_TEXT.length} characters)`,
        ),
      }),
    ]);
    expect(plan.orphans.map((entry) => entry.orphan.reason)).toEqual([
      expect.stringContaining(`offsets 50–4000 are past the end of the text`),
    ]);
  });

  test('a CSV row whose offsets miss its quote is listed as moved', async () => {
    const db = database('csv-moved');
    await ensureSeeded(db);
    const articleId = await addSampleArticle(db, OTHER_TEXT, 'Other Wire', 'Dawn shelling');
    const start = OTHER_TEXT.indexOf('rebels');
    const csv = [
      'id,article_id,start,end,exact,label',
      `0192f3a4-2222-7000-8000-000000000001,${articleId},${start - 4},${start + 2},rebels,Actor label`,
    ].join('\n');
    const plan = await prepared(db, 'annotations.csv', csv);
    expect(plan.reanchored).toBe(1);
    expect(plan.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'moved',
        exact: 'rebels',
        from: { start: start - 4, end: start + 2 },
        to: { start, end: start + 6 },
        where: 'row 2',
      }),
    ]);
  });

  test('a native annotation re-anchored in the same text is listed with where it was and where it lands', async () => {
    const db = database('native-moved');
    await ensureSeeded(db);
    const start = OTHER_TEXT.indexOf('regime');
    const file = await nativeFile(OTHER_TEXT, [
      { exact: 'regime', start: start + 1, end: start + 7 },
    ]);
    const plan = await prepared(db, 'moved.json', file);
    expect(plan.spanChanges).toEqual([
      expect.objectContaining({
        kind: 'moved',
        exact: 'regime',
        from: { start: start + 1, end: start + 7 },
        to: { start, end: start + 6 },
        where: 'annotations[0]',
      }),
    ]);
  });
});
