export { db, DATABASE_NAME, FrameLensDatabase } from './database';
export { queryKeys, dependentKeysByTable } from './query-keys';
export { watchTableChanges } from './watch-changes';
export { ensureSeeded, restoreSampleArticles } from './seeding';
export * from './repositories/articles-repository';
