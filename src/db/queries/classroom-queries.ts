import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Assignment } from '../../domain/classroom/classroom-types';
import { buildOutletMask, NO_MASK, type OutletMask } from '../../domain/classroom/outlet-mask';
import { keyUnder } from '../query-keys';
import {
  getAssignment,
  listAssignments,
  listGuesses,
  listProgress,
  listSubmissions,
} from '../repositories/classroom-repository';

/*
 * Classroom queries several features read: the classroom page, the reader (the assignment
 * beside the text, its mode), and every place that shows an outlet (the outlet-blind mask).
 */

export const assignmentsQueryOptions = () =>
  queryOptions({ queryKey: keyUnder('assignments'), queryFn: () => listAssignments() });

export function useAssignments() {
  return useQuery(assignmentsQueryOptions());
}

export const assignmentQueryOptions = (id: string) =>
  queryOptions({ queryKey: keyUnder('assignments', id), queryFn: () => getAssignment(id) });

export function useAssignment(id: string) {
  return useQuery(assignmentQueryOptions(id));
}

export const progressQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: keyUnder('progress', assignmentId),
    queryFn: () => listProgress(assignmentId),
  });

export function useProgress(assignmentId: string) {
  return useQuery(progressQueryOptions(assignmentId));
}

export const submissionsQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: keyUnder('submissions', assignmentId),
    queryFn: () => listSubmissions(assignmentId),
  });

export function useSubmissions(assignmentId: string) {
  return useQuery(submissionsQueryOptions(assignmentId));
}

export const guessesQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: keyUnder('guesses', assignmentId),
    queryFn: () => listGuesses(assignmentId),
  });

export function useGuesses(assignmentId: string) {
  return useQuery(guessesQueryOptions(assignmentId));
}

/**
 * The received (student-side) assignments that hold this article, most recently updated first:
 * the reader shows the first one's instructions and enforces its mode.
 */
export function useStudentAssignmentsFor(articleId: string): Assignment[] {
  const { data } = useAssignments();
  return useMemo(
    () =>
      (data ?? []).filter(
        (assignment) => assignment.role === 'student' && assignment.articleIds.includes(articleId),
      ),
    [data, articleId],
  );
}

/** What outlet-blind hides in this library (see outlet-mask.ts); no mask until read. */
export function useOutletMask(): OutletMask {
  const { data } = useAssignments();
  return useMemo(() => (data ? buildOutletMask(data) : NO_MASK), [data]);
}
