export { db, DATABASE_NAME, FrameLensDatabase, setVersionChangeHandler } from './database';
export { newId, nowIso } from './ids';
export { keyUnder, keysToInvalidate, type QueryRoot } from './query-keys';
export { tableVersion, watchTableChanges } from './watch-changes';
export * from './tab-messages';
export { ensureSeeded, restoreSampleArticles } from './seeding';
export * from './repositories/articles-repository';
export * from './repositories/annotation-counts';
export * from './repositories/library-first-screen';
export * from './repositories/annotations-repository';
export * from './repositories/codebook-repository';
export * from './repositories/lexicon-repository';
export * from './repositories/personal-lexicon-repository';
export * from './repositories/annotators-repository';
export * from './queries/annotators-query';
export * from './queries/article-query';
export * from './queries/codebook-query';
export * from './queries/lexicon-query';
export * from './queries/personal-lexicon-query';
export * from './queries/use-table-version';
export * from './repositories/summary-repository';
export * from './backup';
export * from './repositories/orphans-repository';
export * from './repositories/corpus-repository';
export * from './repositories/similar-repository';
export * from './repositories/backup-reminder-repository';
export * from './repositories/export-catalog-repository';
// The import, export and restore engines run in the import worker, which imports them by path:
// only their types are re-exported here, so the app's first download carries no format parser.
export type {
  ImportDecisions,
  ImportOutcome,
  ImportStage,
} from './repositories/exchange-repository';
export type { ParsedBackup, TableCounts, TableName } from './repositories/restore-repository';
export * from './repositories/classroom-repository';
export * from './queries/classroom-queries';
export * from './repositories/classroom-files-repository';
export * from './repositories/curation-repository';
export * from './queries/curation-queries';
