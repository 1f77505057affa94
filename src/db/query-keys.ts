/**
 * Every query key starts with a root named after a table. The change feed (watch-changes.ts)
 * is the only thing that invalidates: when a table changes, in this tab or another, the app
 * invalidates the roots listed for it below, so a query is refreshed when any table it reads
 * changes — e.g. the article list shows outlet names and annotation counts, so outlet and
 * annotation writes refresh the articles root too.
 */
export const dependentRootsByTable = {
  articles: ['articles'],
  outlets: ['outlets', 'articles'],
  annotations: ['annotations', 'articles'],
  codebooks: ['codebooks'],
  lexicon: ['lexicon'],
  annotators: ['annotators'],
  meta: ['meta', 'annotators'],
  assignments: ['assignments'],
  progress: ['progress'],
  submissions: ['submissions'],
  guesses: ['guesses'],
  curations: ['curations'],
  curationSteps: ['curations'],
  personalLexicon: ['lexicon'],
  suggestionFeedback: ['suggestionFeedback'],
} as const satisfies Record<string, readonly string[]>;

export type QueryRoot = (typeof dependentRootsByTable)[keyof typeof dependentRootsByTable][number];

/** A query key under `root`: `keyUnder('meta', 'orphans')` → `['meta', 'orphans']`. */
export function keyUnder<const Parts extends readonly unknown[]>(
  root: QueryRoot,
  ...parts: Parts
): readonly [QueryRoot, ...Parts] {
  return [root, ...parts];
}

/**
 * The keys to invalidate when `tables` changed, each root once: invalidating a root twice would
 * cancel the first refetch and read again.
 */
export function keysToInvalidate(tables: Iterable<string>): (readonly [QueryRoot])[] {
  const roots = new Set<QueryRoot>();
  for (const table of tables) {
    const dependent = (dependentRootsByTable as Record<string, readonly QueryRoot[]>)[table];
    for (const root of dependent ?? []) roots.add(root);
  }
  return [...roots].map((root) => keyUnder(root));
}
