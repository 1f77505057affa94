import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, useTableVersion } from '../../../db';
import {
  listAnnotatorsOnArticles,
  readAssignmentTallies,
  readRosterWork,
} from '../../../db/repositories/classroom-roster-repository';

const TALLY_TABLES = ['assignments', 'submissions', 'progress'];
const WORK_TABLES = ['annotations', 'annotators'];

export function useAssignmentTallies() {
  const version = useTableVersion(TALLY_TABLES);
  return useQuery(
    queryOptions({
      queryKey: keyUnder('assignments', 'tallies', version),
      queryFn: () => readAssignmentTallies(),
    }),
  );
}

/** Annotation counts and last changes per annotator and article of an assignment. */
export function useRosterWork(articleIds: readonly string[]) {
  const version = useTableVersion(WORK_TABLES);
  return useQuery(
    queryOptions({
      queryKey: keyUnder('annotations', 'roster', articleIds, version),
      queryFn: () => readRosterWork(articleIds),
    }),
  );
}

export function useAnnotatorsOnArticles(articleIds: readonly string[]) {
  const version = useTableVersion(WORK_TABLES);
  return useQuery(
    queryOptions({
      queryKey: keyUnder('annotators', 'on-articles', articleIds, version),
      queryFn: () => listAnnotatorsOnArticles(articleIds),
    }),
  );
}
