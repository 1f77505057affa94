import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { FrameLensDatabase } from '../../../src/db/database';
import { saveAnnotations } from '../../../src/db/repositories/annotations-repository';
import { becomeAnnotator } from '../../../src/db/repositories/annotators-repository';
import { commitImport, UNITS_NOT_CHOSEN } from '../../../src/db/repositories/exchange-repository';
import { prepareImport } from '../../../src/workers/annotation-import';
import { exportAnnotations } from '../../../src/db/repositories/export-repository';
import { ensureSeeded } from '../../../src/db/seeding';
import { buildJsonl, SPACY_LINES } from '../domain/exchange/spacy-style';
import {
  addSampleArticle,
  makeAnnotation,
  SAMPLE_TEXT,
  trackedDatabases,
} from './exchange-test-helpers';

const database = trackedDatabases();
const encode = (text: string) => new TextEncoder().encode(text);

/** The words each span of SPACY_LINES must land on. */
const EXPECTED_QUOTES = SPACY_LINES.flatMap((line) => line.spans.map((span) => span.words));

async function seeded(prefix: string): Promise<FrameLensDatabase> {
  const db = database(prefix);
  await ensureSeeded(db);
  return db;
}

describe('doccano offset units through the importer', () => {
  test('a spaCy-style file is read in code points, and the stored spans quote the right words', async () => {
    const db = await seeded('doccano-units');
    const content = encode(buildJsonl(SPACY_LINES, 'code-points'));
    const prepared = await prepareImport({ fileName: 'spacy.jsonl', content }, {}, db);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.offsetUnits).toMatchObject({ used: 'code-points', needsChoice: false });
    await commitImport(prepared.value, { labels: {} }, {}, db);
    const stored = await db.annotations.toArray();
    expect(stored.map((annotation) => annotation.exact).sort()).toEqual(
      [...EXPECTED_QUOTES].sort(),
    );
    for (const annotation of stored) {
      const article = await db.articles.get(annotation.articleId);
      expect(article?.text.slice(annotation.start, annotation.end)).toBe(annotation.exact);
    }
  });

  test('the person’s choice of unit is what the plan uses', async () => {
    const db = await seeded('doccano-chosen');
    const content = encode(buildJsonl(SPACY_LINES, 'code-points'));
    const prepared = await prepareImport(
      { fileName: 'spacy.jsonl', content },
      { doccanoOffsetUnits: 'utf16' },
      db,
    );
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.offsetUnits).toMatchObject({ used: 'utf16', source: 'chosen' });
    // "militants" at 12–21 in code points is " militant" read as UTF-16 units.
    expect(prepared.value.annotations.map((entry) => entry.annotation.exact)).toContain(
      ' militant',
    );
  });

  test('a file whose spans fit both units is not written until the person chooses', async () => {
    const db = await seeded('doccano-ambiguous');
    // "🌟🌟🌟 an ox is": [7, 9] is "ox" in code points and "an" in UTF-16 units (see
    // doccano-units.test.ts): both whole words.
    const line = JSON.stringify({ text: '🌟🌟🌟 an ox is', label: [[7, 9, 'Actor label']] });
    const content = encode(`${line}\n`);
    const prepared = await prepareImport({ fileName: 'ambiguous.jsonl', content }, {}, db);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.offsetUnits?.needsChoice).toBe(true);
    const before = await db.annotations.count();
    await expect(commitImport(prepared.value, { labels: {} }, {}, db)).rejects.toThrow(
      UNITS_NOT_CHOSEN,
    );
    expect(await db.annotations.count()).toBe(before);

    const chosen = await prepareImport(
      { fileName: 'ambiguous.jsonl', content },
      { doccanoOffsetUnits: 'code-points' },
      db,
    );
    if (!chosen.ok) throw new Error(chosen.error.message);
    await commitImport(chosen.value, { labels: {} }, {}, db);
    expect((await db.annotations.toArray()).map((annotation) => annotation.exact)).toEqual(['ox']);
  });
});

describe('exports name their offsets', () => {
  test('a doccano export in code points says so on every line and counts code points', async () => {
    const db = await seeded('doccano-export');
    const text = '🔥 Breaking: militants seized the town.';
    const articleId = await addSampleArticle(db, text, 'Wire', 'Fire');
    await saveAnnotations([makeAnnotation(articleId, text, 'militants')], db);
    const file = await exportAnnotations(
      {
        scope: { kind: 'article', articleId },
        format: 'doccano',
        includeTexts: true,
        doccanoOffsetUnits: 'code-points',
      },
      db,
    );
    const line = JSON.parse(file.content.trim()) as { label: unknown; offsetUnits: string };
    expect(line.offsetUnits).toBe('code-points');
    // "🔥 Breaking: " is 12 code points (13 UTF-16 units): "militants" is 12–21.
    expect(line.label).toEqual([[12, 21, 'Actor label']]);
  });
});

describe('CSV export: what is there now', () => {
  test('holds the live, accepted annotations only — no tombstones, no rejected suggestions', async () => {
    const db = await seeded('csv-now');
    const ada = await becomeAnnotator('Ada', db);
    const articleId = await addSampleArticle(db);
    const live = [
      makeAnnotation(articleId, SAMPLE_TEXT, 'terrorists', { annotatorId: ada.id }),
      makeAnnotation(articleId, SAMPLE_TEXT, 'regime', { annotatorId: ada.id }),
    ];
    await saveAnnotations(
      [
        ...live,
        makeAnnotation(articleId, SAMPLE_TEXT, 'liberation', { annotatorId: ada.id, deleted: 1 }),
        makeAnnotation(articleId, SAMPLE_TEXT, 'HTS', {
          annotatorId: ada.id,
          status: 'rejected-suggestion',
        }),
      ],
      db,
    );
    const file = await exportAnnotations(
      { scope: { kind: 'article', articleId }, format: 'csv-annotations', includeTexts: false },
      db,
    );
    const rows = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => row.exact).sort()).toEqual(['regime', 'terrorists']);
    expect(rows.every((row) => row.status === 'accepted' && row.deleted === '0')).toBe(true);
    // The rows are the annotations the download message counts.
    expect(file.annotationCount).toBe(rows.length);
  });
});
