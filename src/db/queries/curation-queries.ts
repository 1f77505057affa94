import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder } from '../query-keys';
import {
  getCuration,
  getGoldAnnotation,
  listCurations,
  listCurationSteps,
} from '../repositories/curation-repository';

/*
 * Curation reads. Curation writes change the curations and curationSteps tables (both refresh
 * the 'curations' root) and the annotations table (which refreshes its own roots).
 */

export const curationsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('curations', 'list'), queryFn: () => listCurations() });

export function useCurations() {
  return useQuery(curationsQueryOptions());
}

export const curationQueryOptions = (id: string) =>
  queryOptions({ queryKey: keyUnder('curations', 'detail', id), queryFn: () => getCuration(id) });

export function useCuration(id: string) {
  return useQuery(curationQueryOptions(id));
}

export const curationStepsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: keyUnder('curations', 'steps', id),
    queryFn: () => listCurationSteps(id),
  });

export function useCurationSteps(id: string) {
  return useQuery(curationStepsQueryOptions(id));
}

/** Under the annotations root: the gold annotation is an annotation like any other. */
export function useGoldAnnotation(annotationId: string | null) {
  return useQuery({
    queryKey: keyUnder('annotations', 'gold', annotationId ?? ''),
    queryFn: () => getGoldAnnotation(annotationId ?? ''),
    enabled: annotationId !== null,
  });
}
