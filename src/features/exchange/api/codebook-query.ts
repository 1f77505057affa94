import { useQuery } from '@tanstack/react-query';
import { codebookQueryOptions } from '../../../db';

export function useCodebook() {
  return useQuery(codebookQueryOptions());
}
