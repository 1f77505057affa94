import { useMutation } from '@tanstack/react-query';
import { db, restoreSampleArticles } from '../../../db';

export function useRestoreSampleArticles() {
  return useMutation({ mutationFn: () => restoreSampleArticles(db) });
}
