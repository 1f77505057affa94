import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  patchAnnotationIfUnchanged,
  saveAnnotationsIfUnchanged,
  type AnnotationPatch,
} from '../../../db';
import type { Annotation } from '../../../domain/types';
import { articleAnnotationsQueryOptions } from './article-annotations-query';

/**
 * Writes annotation states. The screen changes only after IndexedDB has committed: the
 * article's cache is updated from what was written (the change feed then refreshes every
 * annotation view, this one included, once). The write happens only if the expected states are
 * still stored; otherwise the cache takes what is stored.
 */
export function useSaveAnnotationsIfUnchanged(articleId: string) {
  const onWritten = useOnWritten(articleId);
  return useMutation({
    mutationFn: ({ expected, writes }: { expected: Annotation[]; writes: Annotation[] }) =>
      saveAnnotationsIfUnchanged(expected, writes),
    onSuccess: (outcome) => onWritten(outcome.ok ? outcome.written : outcome.stored),
  });
}

export function usePatchAnnotation(articleId: string) {
  const onWritten = useOnWritten(articleId);
  return useMutation({
    mutationFn: ({
      id,
      patch,
      expected = {},
    }: {
      id: string;
      patch: AnnotationPatch;
      expected?: AnnotationPatch;
    }) => patchAnnotationIfUnchanged(id, patch, expected),
    onSuccess: (outcome) => onWritten([outcome.ok ? outcome.after : outcome.stored]),
  });
}

function useOnWritten(articleId: string) {
  const queryClient = useQueryClient();
  return (written: Annotation[]) => {
    const { queryKey } = articleAnnotationsQueryOptions(articleId);
    queryClient.setQueryData(queryKey, (current) => {
      // Not read yet: the read that follows will have the write (no list of just these).
      if (current === undefined) return undefined;
      const byId = new Map((current ?? []).map((annotation) => [annotation.id, annotation]));
      for (const annotation of written) {
        if (annotation.deleted) byId.delete(annotation.id);
        else byId.set(annotation.id, annotation);
      }
      return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    });
  };
}
