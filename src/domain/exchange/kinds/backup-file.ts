import { checkArticleSize, MAX_ARTICLE_CHARS } from '../../article-size';
import { DEFAULT_CODEBOOK_ID, defaultCodebook } from '../../default-codebook';
import { checkAnnotationsAgainstTexts } from '../annotation-checks';
import { findTextHashMismatch } from '../native-format';
import { decodeInput, isJsonObject, parseJsonText } from '../read-input';
import { describeValue, describeZodError, fail, succeed, type ParseResult } from '../result';
import { keepSafeUrl } from '../safe-url';
import {
  annotationSchema,
  annotatorSchema,
  articleSchema,
  codebookSchema,
  nonEmptyString,
  outletSchema,
  plainString,
} from '../schemas';
import { z } from '../../validation/zod';
import { classroomTableSchemas, lexiconRowSchema } from './backup-classroom';
import { curationTableSchemas } from './backup-curation';
import { suggestionTableSchemas } from './backup-suggestions';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTables } from './backup-envelope';

export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  countBackupRows,
  type BackupTables,
  type TableCounts,
  type TableName,
} from './backup-envelope';

/**
 * A backup file (`{ format: "framelens-backup", version: 1, schemaVersion, exportedAt,
 * tables }`, as src/db writes it) is validated whole — zod, unique keys, the annotation checks
 * import makes, http(s) links only, texts matching their hashes — before anything happens.
 * `parseBackupValue` does every check but the hashes (synchronous, the backup kind's parse);
 * `verifyBackupTexts` checks the hashes (SHA-256 is asynchronous).
 */

export interface ParsedBackup {
  exportedAt: string | null;
  schemaVersion: number;
  tables: BackupTables;
}

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` });

const tablesSchema = z.object(
  {
    outlets: list(outletSchema.extend({ nameKey: plainString }), 'outlets'),
    // A backup restores what the library held, languages stored before they were checked too.
    articles: list(articleSchema.extend({ text: plainString, language: plainString }), 'articles'),
    annotations: list(annotationSchema, 'annotations'),
    codebooks: list(codebookSchema, 'codebooks'),
    lexicon: list(lexiconRowSchema, 'lexicon entries'),
    annotators: list(annotatorSchema, 'annotators'),
    meta: list(
      z.object(
        { key: nonEmptyString, value: z.unknown() },
        { error: 'must be a { key, value } record' },
      ),
      'settings records',
    ),
    ...classroomTableSchemas,
    ...curationTableSchemas,
    ...suggestionTableSchemas,
  },
  { error: 'must be an object holding every table' },
);

/** A compound key as one string (no id holds a NUL). */
function keyOf(...parts: string[]): string {
  return parts.join('\u0000');
}

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

/** A step belongs to a curation of the same backup (undoing it needs the curation). */
function checkStepsHaveCurations(tables: BackupTables): ParseResult<true> {
  const curationIds = new Set(tables.curations.map((curation) => curation.id));
  const index = tables.curationSteps.findIndex((step) => !curationIds.has(step.curationId));
  const step = tables.curationSteps[index];
  if (!step) return succeed(true);
  return fail(
    `tables.curationSteps[${index}] belongs to the curation ${describeValue(step.curationId)}, which is not in tables.curations`,
    `tables.curationSteps[${index}].curationId`,
  );
}

/**
 * Every check of a backup but its text hashes. `value` is the parsed JSON;
 * `currentSchemaVersion` is the open database's version.
 */
export function parseBackupValue(
  value: unknown,
  currentSchemaVersion: number,
): ParseResult<ParsedBackup> {
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
    checkUnique('assignments', tables.assignments, (row) => row.id, 'id'),
    checkUnique(
      'progress',
      tables.progress,
      (row) => keyOf(row.assignmentId, row.annotatorId, row.articleId),
      'assignment, annotator and article',
    ),
    checkUnique(
      'submissions',
      tables.submissions,
      (row) => keyOf(row.assignmentId, row.studentId),
      'assignment and student',
    ),
    checkUnique(
      'guesses',
      tables.guesses,
      (row) => keyOf(row.assignmentId, row.annotatorId, row.code),
      'assignment, annotator and code',
    ),
    checkUnique('curations', tables.curations, (row) => row.id, 'id'),
    checkUnique(
      'curationSteps',
      tables.curationSteps,
      (row) => keyOf(row.curationId, String(row.seq)),
      'curation and step number',
    ),
    checkStepsHaveCurations(tables),
    checkUnique('personalLexicon', tables.personalLexicon, (row) => row.id, 'id'),
    checkUnique(
      'suggestionFeedback',
      tables.suggestionFeedback,
      (row) => keyOf(row.annotatorId, row.entryId),
      'annotator and entry',
    ),
  ];
  const failed = checks.find((check) => !check.ok);
  if (failed) return failed;

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

/** Refuses a backup whose article texts were changed after it was made. */
export async function verifyBackupTexts(
  backup: ParseResult<ParsedBackup>,
): Promise<ParseResult<ParsedBackup>> {
  if (!backup.ok) return backup;
  const mismatch = await findTextHashMismatch(backup.value.tables.articles);
  return mismatch ? fail(`tables.${mismatch}`, 'tables.articles') : backup;
}

/** Reads and validates a backup file completely. */
export async function parseBackup(
  content: string | Uint8Array,
  currentSchemaVersion: number,
): Promise<ParseResult<ParsedBackup>> {
  const decoded = decodeInput(content);
  if (!decoded.ok) return decoded;
  const json = parseJsonText(decoded.value);
  if (!json.ok) return json;
  return verifyBackupTexts(parseBackupValue(json.value, currentSchemaVersion));
}
