import { useMutation } from '@tanstack/react-query';
import { becomeAnnotator } from '../../../db';

// Shared with other features; they live in src/db/queries.
export { useAnnotators, useCodebook, useLexicon, useLoadAnnotators } from '../../../db';

export function useBecomeAnnotator() {
  return useMutation({ mutationFn: (name: string) => becomeAnnotator(name) });
}
