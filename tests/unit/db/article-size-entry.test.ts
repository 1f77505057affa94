import { describe, expect, test } from 'vitest';
import { importFile, prepareImport } from '../../../src/workers/annotation-import';
import { parseBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { ensureSeeded } from '../../../src/db/seeding';
import { sha256Hex } from '../../../src/domain/hash';
import { dumpDatabase, trackedDatabases } from './exchange-test-helpers';

/**
 * The article size the reader opens (200,000 characters) holds at every way an annotation file
 * or a backup brings a text; titles from files lose control characters.
 */

const database = trackedDatabases();
const encode = (text: string) => new TextEncoder().encode(text);
const TIME = '2026-11-20T10:00:00.000Z';

// "word " is 5 characters: 40,000 of them are exactly 200,000, the limit itself.
const AT_LIMIT = 'word '.repeat(40_000);
const OVER_LIMIT = `${AT_LIMIT}x`; // 200,001

async function nativeFile(text: string, title = 'Long read'): Promise<string> {
  return JSON.stringify({
    format: 'framelens',
    version: 1,
    exportedAt: TIME,
    source: 'FrameLens',
    outlets: [{ id: 'file-outlet', name: 'File Outlet' }],
    articles: [
      {
        id: 'file-article',
        outletId: 'file-outlet',
        title,
        url: null,
        published: '2024-11-28',
        language: 'en',
        text,
        textHash: await sha256Hex(text),
        wordCount: 1,
        source: 'import',
        addedAt: TIME,
      },
    ],
    annotations: [],
    annotators: [],
  });
}

describe('annotation files carrying texts', () => {
  test('a FrameLens file with an article over the limit is refused whole, naming it', async () => {
    const db = database('size-native');
    await ensureSeeded(db);
    const before = await dumpDatabase(db);
    const result = await importFile(
      { fileName: 'long.json', content: encode(await nativeFile(OVER_LIMIT)) },
      db,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      'articles[0] ("Long read"): The text is 200,001 characters long; FrameLens opens articles of at most 200,000 characters. Split it into parts. Nothing from this file was imported.',
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });

  test('an article of exactly the limit is imported', async () => {
    const db = database('size-native-limit');
    await ensureSeeded(db);
    const result = await importFile(
      { fileName: 'limit.json', content: encode(await nativeFile(AT_LIMIT)) },
      db,
    );
    if (!result.ok) throw new Error(result.error.message);
    const stored = await db.articles.get('file-article');
    expect(stored?.text.length).toBe(200_000);
  });

  test('a doccano line whose text is over the limit is refused, naming the line', async () => {
    const db = database('size-doccano');
    await ensureSeeded(db);
    const line = JSON.stringify({ text: OVER_LIMIT, label: [[0, 4, 'Actor label']] });
    const result = await prepareImport({ fileName: 'long.jsonl', content: encode(line) }, {}, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /^doccano:line-1 \(".*"\): The text is 200,001 characters long; .* Nothing from this file was imported\.$/,
    );
  });

  test('a title with line breaks, NUL and a bidi override is stored cleaned', async () => {
    const db = database('size-title');
    await ensureSeeded(db);
    // U+202E would show "name" reversed; CR LF become one space; NUL goes.
    const title = '\u202EEvil\r\nname\u0000 here';
    const result = await importFile(
      { fileName: 'title.json', content: encode(await nativeFile('A short text.', title)) },
      db,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect((await db.articles.get('file-article'))?.title).toBe('Evil name here');
  });
});

describe('restore', () => {
  test('a backup holding an article over the limit (stored by an older version) restores whole, with a warning', async () => {
    const backup = JSON.stringify({
      format: 'framelens-backup',
      version: 1,
      schemaVersion: 2,
      exportedAt: TIME,
      tables: {
        outlets: [{ id: 'outlet-1', name: 'Example Wire', nameKey: 'example wire' }],
        articles: [
          {
            id: 'art-1',
            outletId: 'outlet-1',
            title: 'Old long article',
            url: null,
            published: '2024-11-28',
            language: 'en',
            text: OVER_LIMIT,
            textHash: await sha256Hex(OVER_LIMIT),
            wordCount: 40_001,
            source: 'paste',
            addedAt: TIME,
          },
        ],
        annotations: [],
        codebooks: [],
        lexicon: [],
        annotators: [],
        meta: [],
      },
    });
    const result = await parseBackup(backup, 2);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.tables.articles[0]?.text.length).toBe(200_001);
    expect(result.warnings).toContain(
      'tables.articles[0] ("Old long article") is 200,001 characters long, more than the 200,000 the reader opens: it is restored with its annotations, but opens only for export or deletion',
    );
  });
});
