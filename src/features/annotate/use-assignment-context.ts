import { useQuery } from '@tanstack/react-query';
import { progressQueryOptions, useStudentAssignmentsFor } from '../../db';
import type { ProgressState } from '../../domain/classroom/classroom-types';
import type { Annotator } from '../../domain/types';
import { useSetProgress } from './api/progress-mutation';

/**
 * The received assignment an article belongs to (the most recently updated one), this
 * person's progress on the article in it, and the mode every such assignment imposes.
 */
export function useAssignmentContext(articleId: string, me: Annotator | null) {
  const assignments = useStudentAssignmentsFor(articleId);
  const assignment = assignments[0] ?? null;
  const progressQuery = useQuery({
    ...progressQueryOptions(assignment?.id ?? ''),
    enabled: assignment !== null,
  });
  const setProgress = useSetProgress();
  const annotatorId = me?.id ?? assignment?.studentId ?? null;
  const state: ProgressState =
    progressQuery.data?.find(
      (record) => record.annotatorId === annotatorId && record.articleId === articleId,
    )?.state ?? 'not-started';

  const mark = (next: ProgressState, asAnnotator = annotatorId) => {
    if (!assignment || !asAnnotator) return;
    setProgress.mutate({
      assignmentId: assignment.id,
      annotatorId: asAnnotator,
      articleId,
      state: next,
    });
  };

  return {
    assignment,
    state,
    /** Any assignment holding this article with suggestions off turns them off here. */
    suggestionsLocked: assignments.some((candidate) => !candidate.mode.suggestions),
    mark,
    /** The first annotation on an assignment article starts it. */
    markStarted: (asAnnotator: string) => {
      if (state === 'not-started') mark('in-progress', asAnnotator);
    },
    markError: setProgress.error?.message ?? null,
  };
}

export type AssignmentContext = ReturnType<typeof useAssignmentContext>;
