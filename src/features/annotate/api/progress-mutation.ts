import { useMutation } from '@tanstack/react-query';
import { setProgress } from '../../../db';
import type { ProgressState } from '../../../domain/classroom/classroom-types';

interface ProgressMark {
  assignmentId: string;
  annotatorId: string;
  articleId: string;
  state: ProgressState;
}

export function useSetProgress() {
  return useMutation({ mutationFn: (mark: ProgressMark) => setProgress(mark) });
}
