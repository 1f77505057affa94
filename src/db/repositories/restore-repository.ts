import { checkArticleSize, MAX_ARTICLE_CHARS } from '../../domain/article-size';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../domain/default-codebook';
import { checkAnnotationsAgainstTexts } from '../../domain/exchange/annotation-checks';
import { findTextHashMismatch } from '../../domain/exchange/native-format';
import { decodeInput, isJsonObject, parseJsonText } from '../../domain/exchange/read-input';
import {
  describeValue,
  describeZodError,
  fail,
  succeed,
  type ParseResult,
} from '../../domain/exchange/result';
import { keepSafeUrl } from '../../domain/exchange/safe-url';
import {
  annotationSchema,
  annotatorSchema,
  articleSchema,
  codebookSchema,
  nonEmptyString,
  outletSchema,
  plainString,
  valenceSchema,
} from '../../domain/exchange/schemas';
import type {
  Annotation,
  Annotator,
  Article,
  Codebook,
  LexiconEntry,
  MetaRecord,
  Outlet,
} from '../../domain/types';
import { z } from '../../domain/validation/zod';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from '../backup';
import { db as defaultDb, type FrameLensDatabase } from '../database';

/**
 * Restore: a backup file (createBackup's `{ format: "framelens-backup", version: 1,
 * schemaVersion, exportedAt, tables }`) is validated whole (zod, unique keys, texts matching
 * their hashes, the annotation checks import makes, http(s) links only) before anything
 * happens; the person sees what it will
 * replace; then every table is cleared and refilled in ONE transaction.
 */

export interface BackupTables {
  outlets: Outlet[];
  articles: Article[];
  annotations: Annotation[];
  codebooks: Codebook[];
  lexicon: LexiconEntry[];
  annotators: Annotator[];
  meta: MetaRecord[];
}

export type TableName = keyof BackupTables;

export interface ParsedBackup {
  exportedAt: string | null;
  schemaVersion: number;
  tables: BackupTables;
}

const LAST_BACKUP_KEY = 'lastBackupAt';

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` });

const tablesSchema = z.object(
  {
    outlets: list(outletSchema.extend({ nameKey: plainString }), 'outlets'),
    articles: list(articleSchema.extend({ text: plainString }), 'articles'),
    annotations: list(annotationSchema, 'annotations'),
    codebooks: list(codebookSchema, 'codebooks'),
    lexicon: list(
      z.object(
        {
          id: nonEmptyString,
          pattern: nonEmptyString,
          forms: z.array(plainString, { error: 'must be a list of strings' }),
          labelId: nonEmptyString,
          valence: valenceSchema,
          canonical: plainString,
          note: plainString,
        },
        { error: 'must be a lexicon entry' },
      ),
      'lexicon entries',
    ),
    annotators: list(annotatorSchema, 'annotators'),
    meta: list(
      z.object(
        { key: nonEmptyString, value: z.unknown() },
        { error: 'must be a { key, value } record' },
      ),
      'settings records',
    ),
  },
  { error: 'must be an object holding every table' },
);

function checkUnique<T>(
  table: string,
  rows: readonly T[],
  key: (row: T) => string,
  what: string,
): ParseResult<true> {
  const seen = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const value = key(row);
    const earlier = seen.get(value);
    if (earlier !== undefined) {
      return fail(
        `tables.${table}[${index}] has the same ${what} as tables.${table}[${earlier}] (${describeValue(value)}); a backup holds each once`,
        `tables.${table}[${index}]`,
      );
    }
    seen.set(value, index);
  }
  return succeed(true);
}

/** Validates a backup file completely; `currentSchemaVersion` is the open database's version. */
export async function parseBackup(
  content: string | Uint8Array,
  currentSchemaVersion: number,
): Promise<ParseResult<ParsedBackup>> {
  const decoded = decodeInput(content);
  if (!decoded.ok) return decoded;
  const json = parseJsonText(decoded.value);
  if (!json.ok) return json;
  const value = json.value;
  if (!isJsonObject(value)) {
    return fail(
      `The file holds ${describeValue(value)}; a FrameLens backup is one JSON object ({ "format": "framelens-backup", … }).`,
      '(root)',
    );
  }
  if (value.format === 'framelens') {
    return fail(
      'This is a FrameLens annotation export, not a backup: import it on the Import & export page (it is merged, nothing is replaced).',
      'format',
    );
  }
  if (value.format !== BACKUP_FORMAT) {
    return fail(
      `This is not a FrameLens backup: "format" is ${describeValue(value.format)} (expected "${BACKUP_FORMAT}").`,
      'format',
    );
  }
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer FrameLens (backup version ${value.version}); this FrameLens reads version ${BACKUP_VERSION}.`,
      'version',
    );
  }
  if (value.version !== BACKUP_VERSION) {
    return fail(
      `version must be ${BACKUP_VERSION} (got ${describeValue(value.version)})`,
      'version',
    );
  }
  const schemaVersion = value.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail(
      `schemaVersion must be a whole number (got ${describeValue(schemaVersion)})`,
      'schemaVersion',
    );
  }
  if (schemaVersion > currentSchemaVersion) {
    return fail(
      `This backup comes from a newer FrameLens database (schema version ${schemaVersion}; this one is ${currentSchemaVersion}). Update FrameLens to restore it.`,
      'schemaVersion',
    );
  }
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : null;
  if (!isJsonObject(value.tables)) {
    return fail('tables must be an object holding every table', 'tables');
  }
  const unknown = Object.keys(value.tables).find(
    (name) => !(BACKUP_TABLES as readonly string[]).includes(name),
  );
  if (unknown !== undefined) {
    return fail(`tables.${unknown} is not a FrameLens table`, `tables.${unknown}`);
  }
  const parsed = tablesSchema.safeParse(value.tables, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, ['tables']) };
  const tables = parsed.data as BackupTables;

  const checks: ParseResult<true>[] = [
    checkUnique('outlets', tables.outlets, (row) => row.id, 'id'),
    checkUnique('outlets', tables.outlets, (row) => row.nameKey, 'name'),
    checkUnique('articles', tables.articles, (row) => row.id, 'id'),
    checkUnique('articles', tables.articles, (row) => row.textHash, 'text'),
    checkUnique('annotations', tables.annotations, (row) => row.id, 'id'),
    checkUnique('codebooks', tables.codebooks, (row) => row.id, 'id'),
    checkUnique('lexicon', tables.lexicon, (row) => row.id, 'id'),
    checkUnique('annotators', tables.annotators, (row) => row.id, 'id'),
    checkUnique('meta', tables.meta, (row) => row.key, 'key'),
  ];
  const failed = checks.find((check) => !check.ok);
  if (failed) return failed;
  const mismatch = await findTextHashMismatch(tables.articles);
  if (mismatch) return fail(`tables.${mismatch}`, 'tables.articles');

  // The app counts and paints annotations under the stored default codebook, or the built-in
  // one when there is none.
  const codebook =
    tables.codebooks.find((row) => row.id === DEFAULT_CODEBOOK_ID) ?? defaultCodebook;
  const annotations = checkAnnotationsAgainstTexts({
    prefix: 'tables.',
    container: 'this backup',
    outletIds: new Set(tables.outlets.map((outlet) => outlet.id)),
    articles: tables.articles,
    annotatorIds: new Set(tables.annotators.map((annotator) => annotator.id)),
    codebook: {
      name: codebook.name,
      labelIds: new Set(codebook.labels.map((label) => label.id)),
    },
    annotations: tables.annotations,
  });
  if (!annotations.ok) return annotations;
  tables.annotations = annotations.value;

  const warnings: string[] = [...annotations.warnings];
  for (const [index, article] of tables.articles.entries()) {
    // Earlier versions stored longer articles: a backup of them still restores whole (nothing
    // is lost), and the reader says why it will not open them.
    if (!checkArticleSize(article.text).ok) {
      warnings.push(
        `tables.articles[${index}] ("${article.title}") is ${article.text.length.toLocaleString('en')} characters long, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} the reader opens: it is restored with its annotations, but opens only for export or deletion`,
      );
    }
    article.url = keepSafeUrl(
      article.url,
      `tables.articles[${index}] ("${article.title}")`,
      warnings,
    );
  }
  return succeed({ exportedAt, schemaVersion, tables }, warnings);
}

export type TableCounts = Record<TableName, number>;

export function countBackupRows(tables: BackupTables): TableCounts {
  return Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length]),
  ) as TableCounts;
}

export async function countTableRows(
  database: FrameLensDatabase = defaultDb,
): Promise<TableCounts> {
  return database.transaction('r', database.tables, async () => {
    const counts = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await database.table(name).count()] as const),
    );
    return Object.fromEntries(counts) as TableCounts;
  });
}

export interface RestoreControl {
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
}

/**
 * Replaces the whole database with the backup: every table cleared and refilled in one
 * transaction. `lastBackupAt` becomes the backup's time: the data now is exactly that file.
 */
export async function restoreBackup(
  backup: ParsedBackup,
  control: RestoreControl = {},
  database: FrameLensDatabase = defaultDb,
): Promise<TableCounts> {
  const chunkSize = control.chunkSize ?? 5000;
  const meta = backup.tables.meta.filter((record) => record.key !== LAST_BACKUP_KEY);
  if (backup.exportedAt) meta.push({ key: LAST_BACKUP_KEY, value: backup.exportedAt });
  const tables: BackupTables = { ...backup.tables, meta };
  const total = BACKUP_TABLES.reduce((sum, name) => sum + tables[name].length, 0);
  let done = 0;
  await database.transaction('rw', database.tables, async () => {
    for (const name of BACKUP_TABLES) await database.table(name).clear();
    for (const name of BACKUP_TABLES) {
      const rows: readonly unknown[] = tables[name];
      for (let at = 0; at < rows.length; at += chunkSize) {
        const chunk = rows.slice(at, at + chunkSize);
        await database.table(name).bulkAdd(chunk);
        done += chunk.length;
        control.onProgress?.(done, total);
      }
    }
  });
  return countBackupRows(tables);
}
