import { describe, expect, test } from 'vitest';
import { parseBackup, type ParsedBackup } from '../../../src/domain/exchange/kinds/backup-file';
import { restoreBackup } from '../../../src/db/repositories/restore-repository';
import { sha256Hex } from '../../../src/domain/hash';
import type { Annotation } from '../../../src/domain/types';
import { dumpDatabase, trackedDatabases } from './exchange-test-helpers';

/**
 * Backups written by hand: restore makes the checks import makes (references resolve, spans
 * inside the text on whole characters, quotes at their offsets or found again) and refuses
 * with a message naming the record and the field.
 */

const database = trackedDatabases();

// Offsets by hand: "The"0–3 " "3 "army"4–8 " "8 "said"9–13 " "13 "terrorists"14–24 " "24
// "attacked"25–33 "."33; 34 code units in all.
const TEXT = 'The army said terrorists attacked.';
// "A"0 " "1, the emoji 😀 is two code units (2 and 3), " "4 "smile"5–10 "."10; 11 in all.
const EMOJI_TEXT = 'A \u{1F600} smile.';

const TIME = '2026-11-20T10:00:00.000Z';

async function article(id: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    outletId: 'outlet-1',
    title: `Article ${id}`,
    url: null,
    published: '2024-11-28',
    language: 'en',
    text,
    textHash: await sha256Hex(text),
    wordCount: 5,
    source: 'paste',
    addedAt: TIME,
    ...extra,
  };
}

function annotation(overrides: Partial<Annotation>): Annotation {
  return {
    id: 'ann-1',
    articleId: 'art-1',
    // "terrorists" at 14–24 (see TEXT).
    start: 14,
    end: 24,
    exact: 'terrorists',
    prefix: 'The army said ',
    suffix: ' attacked.',
    labelId: 'actor-label',
    target: null,
    valence: -2,
    voice: 'own',
    note: '',
    annotatorId: 'ada',
    status: 'accepted',
    createdAt: TIME,
    updatedAt: TIME,
    deleted: 0,
    ...overrides,
  };
}

interface BackupParts {
  articles?: unknown[];
  annotations?: unknown[];
  outlets?: unknown[];
  codebooks?: unknown[];
}

async function backupJson(parts: BackupParts): Promise<string> {
  return JSON.stringify({
    format: 'framelens-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: TIME,
    tables: {
      outlets: parts.outlets ?? [{ id: 'outlet-1', name: 'Example Wire', nameKey: 'example wire' }],
      articles: parts.articles ?? [await article('art-1', TEXT)],
      annotations: parts.annotations ?? [],
      codebooks: parts.codebooks ?? [],
      lexicon: [],
      annotators: [{ id: 'ada', name: 'Ada', role: 'annotator' }],
      meta: [],
    },
  });
}

async function parse(parts: BackupParts) {
  return parseBackup(await backupJson(parts), 2);
}

async function refusal(parts: BackupParts) {
  const result = await parse(parts);
  if (result.ok) throw new Error('the backup was accepted');
  return result.error;
}

async function accepted(parts: BackupParts): Promise<{ backup: ParsedBackup; warnings: string[] }> {
  const result = await parse(parts);
  if (!result.ok) throw new Error(result.error.message);
  return { backup: result.value, warnings: result.warnings };
}

describe('restore makes the checks import makes', () => {
  test('an annotation ending past its text is refused, naming the record and the field', async () => {
    const error = await refusal({ annotations: [annotation({ start: 5, end: 999999 })] });
    expect(error).toEqual({
      message:
        'tables.annotations[0].end (999999) is past the end of article "art-1" (its text is 34 UTF-16 code units long)',
      path: 'tables.annotations[0].end',
    });
  });

  test('an empty annotation is refused', async () => {
    const error = await refusal({ annotations: [annotation({ start: 14, end: 14 })] });
    expect(error.path).toBe('tables.annotations[0].end');
    expect(error.message).toBe('tables.annotations[0] is empty: start and end are both 14');
  });

  test('every reference must resolve: article, outlet, annotator, label', async () => {
    expect(await refusal({ annotations: [annotation({ articleId: 'gone' })] })).toEqual({
      message: 'tables.annotations[0].articleId "gone" is not one of the articles in this backup',
      path: 'tables.annotations[0].articleId',
    });
    expect(
      await refusal({ articles: [await article('art-1', TEXT, { outletId: 'nowhere' })] }),
    ).toEqual({
      message: 'tables.articles[0].outletId "nowhere" is not one of the outlets in this backup',
      path: 'tables.articles[0].outletId',
    });
    expect(await refusal({ annotations: [annotation({ annotatorId: 'bob' })] })).toEqual({
      message:
        'tables.annotations[0].annotatorId "bob" is not one of the annotators in this backup',
      path: 'tables.annotations[0].annotatorId',
    });
  });

  test('labels are looked up in the backup’s own codebook (deleted annotations may keep an old one)', async () => {
    const codebook = {
      id: 'default',
      name: 'Class codebook',
      version: 3,
      labels: [
        {
          id: 'slur',
          name: 'Slur',
          category: '',
          color: '#E69F00',
          key: '1',
          description: '',
        },
      ],
      actors: [],
      updatedAt: TIME,
    };
    // "actor-label" is a label of the built-in codebook, but not of this backup's.
    expect(await refusal({ codebooks: [codebook], annotations: [annotation({})] })).toEqual({
      message:
        'tables.annotations[0].labelId "actor-label" is not one of the labels of the codebook in this backup ("Class codebook")',
      path: 'tables.annotations[0].labelId',
    });
    const { backup } = await accepted({
      codebooks: [codebook],
      annotations: [annotation({ deleted: 1 }), annotation({ id: 'ann-2', labelId: 'slur' })],
    });
    expect(backup.tables.annotations.map((row) => row.id)).toEqual(['ann-1', 'ann-2']);
    // Without a stored codebook the built-in one counts, which has "actor-label".
    expect((await accepted({ annotations: [annotation({})] })).backup.tables.annotations).toEqual([
      annotation({}),
    ]);
  });

  test('a span that splits a surrogate pair is refused', async () => {
    const error = await refusal({
      articles: [await article('art-1', EMOJI_TEXT)],
      // 3–10 starts on the low half of the emoji (units 2 and 3): "\uDE00 smile".
      annotations: [
        annotation({ start: 3, end: 10, exact: '\uDE00 smile', prefix: 'A \uD83D', suffix: '.' }),
      ],
    });
    expect(error).toEqual({
      message:
        'tables.annotations[0].start (3) falls between the two halves of one character (a surrogate pair) in article "art-1"; an annotation starts and ends on whole characters',
      path: 'tables.annotations[0].start',
    });
    // 0–3 ends after the high half of the emoji: "A \uD83D".
    const end = await refusal({
      articles: [await article('art-1', EMOJI_TEXT)],
      annotations: [
        annotation({ start: 0, end: 3, exact: 'A \uD83D', prefix: '', suffix: '\uDE00 smile.' }),
      ],
    });
    expect(end.path).toBe('tables.annotations[0].end');
    // The whole emoji (2–4) is fine.
    const whole = await accepted({
      articles: [await article('art-1', EMOJI_TEXT)],
      annotations: [
        annotation({ start: 2, end: 4, exact: '\u{1F600}', prefix: 'A ', suffix: ' smile.' }),
      ],
    });
    expect(whole.backup.tables.annotations).toHaveLength(1);
  });

  test('a quote not at its offsets is re-anchored like on import, and restored there', async () => {
    // "terrorists" given at 4–14 ("army said "), found again at 14–24.
    const moved = annotation({ start: 4, end: 14 });
    const { backup, warnings } = await accepted({ annotations: [moved] });
    expect(warnings).toEqual([
      '1 annotation does not match the article text at its offsets (tables.annotations[0]); it was re-anchored by its quote',
    ]);
    const target = database('restore-reanchor');
    await restoreBackup(backup, {}, target);
    const [stored] = (await dumpDatabase(target)).annotations as Annotation[];
    expect(stored).toEqual(annotation({}));
  });

  test('a quote that is nowhere in its text is refused, never painted on other words', async () => {
    const error = await refusal({ annotations: [annotation({ exact: 'rebels' })] });
    expect(error.path).toBe('tables.annotations[0].exact');
    expect(error.message).toBe(
      'tables.annotations[0].exact “rebels” is not the text of article "art-1" at 14–24, and it could not be found again: “rebels” was not found in the text',
    );
  });

  test('a rejected suggestion whose quote is nowhere in its text is skipped with a note, as on import', async () => {
    const { backup, warnings } = await accepted({
      annotations: [
        annotation({}),
        annotation({ id: 'ann-2', exact: 'rebels', status: 'rejected-suggestion' }),
      ],
    });
    expect(warnings).toEqual([
      '1 rejected suggestion could not be placed in the text and was skipped',
    ]);
    expect(backup.tables.annotations).toEqual([annotation({})]);
  });

  test('a javascript: link gets the warning import gives, and is not restored', async () => {
    const { backup, warnings } = await accepted({
      articles: [await article('art-1', TEXT, { url: 'javascript:alert(1)' })],
    });
    expect(warnings).toEqual([
      'tables.articles[0] ("Article art-1"): dropped the link "javascript:alert(1)" (only http and https links are kept)',
    ]);
    const target = database('restore-link');
    await restoreBackup(backup, {}, target);
    const [stored] = (await dumpDatabase(target)).articles as { url: string | null }[];
    expect(stored?.url).toBeNull();
  });
});
