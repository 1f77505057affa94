import { queryOptions, useQueries } from '@tanstack/react-query';
import { queryKeys } from '../../../db';

/*
 * The summary depends on six tables. Each root below is invalidated whenever its table
 * changes — by this tab's mutations and, through the change feed, by other tabs — and each
 * of these tiny queries then refetches and returns a new generation number. Together they name
 * the state of the stored data: a new version makes the worker read IndexedDB again.
 */
const roots = [
  queryKeys.articles,
  queryKeys.outlets,
  queryKeys.annotations,
  queryKeys.codebooks,
  queryKeys.lexicon,
  queryKeys.annotators,
] as const;

let generation = 0;

export const corpusVersionQueryOptions = (root: readonly string[]) =>
  queryOptions({
    queryKey: [...root, 'summary-version'],
    queryFn: () => {
      generation += 1;
      return generation;
    },
  });

/** "3.1.2.4.5.6" once every generation is known, else undefined. */
export function useCorpusVersion(): string | undefined {
  return useQueries({
    queries: roots.map((root) => corpusVersionQueryOptions(root)),
    combine: (results) =>
      results.every((result) => result.data !== undefined)
        ? results.map((result) => result.data).join('.')
        : undefined,
  });
}
