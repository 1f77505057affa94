import { useMutation } from '@tanstack/react-query';
import { discardOrphan, reattachOrphan, type ReattachTarget } from '../../../db';

export function useReattachOrphan() {
  return useMutation({
    mutationFn: ({ orphanId, target }: { orphanId: string; target: ReattachTarget }) =>
      reattachOrphan(orphanId, target),
  });
}

export function useDiscardOrphan() {
  return useMutation({ mutationFn: (orphanId: string) => discardOrphan(orphanId) });
}
