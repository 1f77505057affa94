import type {
  Assignment,
  GuessRecord,
  ProgressRecord,
  SubmissionRecord,
} from '../../classroom/classroom-types';
import type { CurationRecord, CurationStep } from '../../agreement/curation-types';
import type {
  Annotation,
  Annotator,
  Article,
  Codebook,
  LexiconEntry,
  MetaRecord,
  Outlet,
  PersonalLexiconEntry,
  SuggestionFeedback,
} from '../../types';

/*
 * What a backup file holds, without the checks (backup-file.ts): src/db writes backups with
 * these names on every page, and must not bring the validators into the initial JavaScript.
 */

export const BACKUP_FORMAT = 'framelens-backup';
export const BACKUP_VERSION = 1;

/** The tables a backup holds; derived ones (articleCards) are rebuilt from them on restore. */
export const BACKUP_TABLES = [
  'outlets',
  'articles',
  'annotations',
  'codebooks',
  'lexicon',
  'annotators',
  'meta',
  'assignments',
  'progress',
  'submissions',
  'guesses',
  'curations',
  'curationSteps',
  'personalLexicon',
  'suggestionFeedback',
] as const;

export interface BackupTables {
  outlets: Outlet[];
  articles: Article[];
  annotations: Annotation[];
  codebooks: Codebook[];
  lexicon: LexiconEntry[];
  annotators: Annotator[];
  meta: MetaRecord[];
  assignments: Assignment[];
  progress: ProgressRecord[];
  submissions: SubmissionRecord[];
  guesses: GuessRecord[];
  curations: CurationRecord[];
  curationSteps: CurationStep[];
  personalLexicon: PersonalLexiconEntry[];
  suggestionFeedback: SuggestionFeedback[];
}

export type TableName = keyof BackupTables;

export type TableCounts = Record<TableName, number>;

export function countBackupRows(tables: BackupTables): TableCounts {
  return Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length]),
  ) as TableCounts;
}
