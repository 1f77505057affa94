import { queryOptions } from '@tanstack/react-query';
import { getActiveCodebook } from '../repositories/codebook-repository';
import { listLexicon } from '../repositories/lexicon-repository';
import { getAnnotatorState } from '../repositories/annotators-repository';
import { queryKeys } from '../query-keys';

/*
 * Query options for data that several features read (the codebook, the lexicon, the
 * annotators). Each feature wraps them in its own hook; the keys stay shared so that one
 * mutation refreshes every view.
 */

export const codebookQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.codebooks, queryFn: () => getActiveCodebook() });

export const lexiconQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.lexicon, queryFn: () => listLexicon() });

export const annotatorsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.annotators, queryFn: () => getAnnotatorState() });
