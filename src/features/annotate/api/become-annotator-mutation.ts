import { useMutation } from '@tanstack/react-query';
import { becomeAnnotator } from '../../../db';

export function useBecomeAnnotator() {
  return useMutation({ mutationFn: (name: string) => becomeAnnotator(name) });
}
