import { useMutation, useQueryClient } from '@tanstack/react-query';
import { discardOrphan, queryKeys, reattachOrphan, type ReattachTarget } from '../../../db';

function useInvalidateOrphans() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.meta });
    await queryClient.invalidateQueries({ queryKey: queryKeys.annotations });
    await queryClient.invalidateQueries({ queryKey: queryKeys.articles });
  };
}

export function useReattachOrphan() {
  const onSuccess = useInvalidateOrphans();
  return useMutation({
    mutationFn: ({ orphanId, target }: { orphanId: string; target: ReattachTarget }) =>
      reattachOrphan(orphanId, target),
    onSuccess,
  });
}

export function useDiscardOrphan() {
  const onSuccess = useInvalidateOrphans();
  return useMutation({ mutationFn: (orphanId: string) => discardOrphan(orphanId), onSuccess });
}
