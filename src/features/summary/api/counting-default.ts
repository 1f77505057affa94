import { useMemo } from 'react';
import { useAnnotators } from '../../../db';
import { useAssignments } from '../../../db/queries/classroom-queries';
import { defaultCountingSet, type CountingDefault } from '../../../domain/summary/counting-set';

/** The summary's default counting set; undefined until assignments and annotators are read. */
export function useCountingDefault(): CountingDefault | undefined {
  const assignments = useAssignments().data;
  const annotators = useAnnotators().data;
  return useMemo(
    () =>
      assignments && annotators
        ? defaultCountingSet({
            assignments,
            annotators: annotators.all,
            currentAnnotatorId: annotators.current?.id ?? null,
          })
        : undefined,
    [assignments, annotators],
  );
}
