import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  annotatorsQueryOptions,
  becomeAnnotator,
  codebookQueryOptions,
  lexiconQueryOptions,
  queryKeys,
} from '../../../db';

export function useCodebook() {
  return useQuery(codebookQueryOptions());
}

export function useLexicon() {
  return useQuery(lexiconQueryOptions());
}

export function useAnnotators() {
  return useQuery(annotatorsQueryOptions());
}

export function useBecomeAnnotator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => becomeAnnotator(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.annotators }),
  });
}
