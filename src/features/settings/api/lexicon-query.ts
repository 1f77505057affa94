import { useQuery } from '@tanstack/react-query';
import { lexiconQueryOptions } from '../../../db';

export function useLexicon() {
  return useQuery(lexiconQueryOptions());
}
