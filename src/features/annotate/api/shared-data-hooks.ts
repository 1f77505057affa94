import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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

/** Reads who is annotating, waiting for the stored answer if it has not arrived yet. */
export function useLoadAnnotators() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.ensureQueryData(annotatorsQueryOptions()), [queryClient]);
}

export function useBecomeAnnotator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => becomeAnnotator(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.annotators }),
  });
}
