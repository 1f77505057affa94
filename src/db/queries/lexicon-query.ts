import { queryOptions, useQuery } from '@tanstack/react-query';
import { listLexicon } from '../repositories/lexicon-repository';
import { keyUnder } from '../query-keys';

export const lexiconQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('lexicon'), queryFn: () => listLexicon() });

export function useLexicon() {
  return useQuery(lexiconQueryOptions());
}
