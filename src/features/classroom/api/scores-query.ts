import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, useTableVersion } from '../../../db';
import { scoreAssignment } from '../../../workers/classroom/classroom-client';

const SCORED_TABLES = ['annotations', 'submissions', 'assignments'];

/** The class scored against the key, computed in the worker again whenever the data change. */
export function useClassScores(assignmentId: string, keyAnnotatorId: string | null) {
  const version = useTableVersion(SCORED_TABLES);
  return useQuery(
    queryOptions({
      queryKey: keyUnder('submissions', 'scores', assignmentId, keyAnnotatorId, version),
      queryFn: () => scoreAssignment(assignmentId, keyAnnotatorId ?? ''),
      enabled: keyAnnotatorId !== null,
    }),
  );
}
