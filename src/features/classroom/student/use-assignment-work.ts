import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Assignment, ProgressState } from '../../../domain/classroom/classroom-types';
import { outletDisplayName, titleForDisplay } from '../../../domain/classroom/outlet-mask';
import {
  keyUnder,
  listArticleAnnotations,
  listArticles,
  useAnnotators,
  useOutletMask,
  useProgress,
} from '../../../db';
import { articleProgress } from './student-progress';

export interface WorkRow {
  articleId: string;
  title: string;
  outlet: string;
  annotationCount: number;
  state: ProgressState;
}

interface StoredWork {
  articleId: string;
  title: string;
  outletId: string;
  outletName: string;
  annotationCount: number;
}

async function readWork(articleIds: readonly string[], annotatorId: string): Promise<StoredWork[]> {
  const cards = new Map((await listArticles()).map((card) => [card.id, card]));
  return Promise.all(
    articleIds.map(async (articleId) => {
      const card = cards.get(articleId);
      const annotations = await listArticleAnnotations(articleId);
      const own = annotations.filter(
        (annotation) => annotation.annotatorId === annotatorId && annotation.status === 'accepted',
      );
      return {
        articleId,
        title: card?.title ?? 'An article no longer in the library',
        outletId: card?.outletId ?? '',
        outletName: card?.outletName ?? 'Unknown outlet',
        annotationCount: own.length,
      };
    }),
  );
}

// Under the articles root: article, outlet and annotation writes all refresh it.
const workQueryOptions = (articleIds: readonly string[], annotatorId: string) =>
  queryOptions({
    queryKey: keyUnder('articles', 'assignment-work', annotatorId, articleIds),
    queryFn: () => readWork(articleIds, annotatorId),
  });

/** Who works on a received assignment: the person who opened it, else whoever annotates now. */
export function useStudentId(assignment: Assignment): string | null {
  const annotators = useAnnotators();
  return assignment.studentId ?? annotators.data?.current?.id ?? null;
}

/** The student's rows: each article as shown (outlet-blind aware), its annotations and progress. */
export function useAssignmentWork(assignment: Assignment, studentId: string) {
  const work = useQuery(workQueryOptions(assignment.articleIds, studentId));
  const progress = useProgress(assignment.id);
  const mask = useOutletMask();
  const rows = useMemo((): WorkRow[] | undefined => {
    if (!work.data || !progress.data) return undefined;
    const marks = new Map(
      progress.data
        .filter((record) => record.annotatorId === studentId)
        .map((record) => [record.articleId, record.state]),
    );
    return work.data.map((stored) => ({
      articleId: stored.articleId,
      title: titleForDisplay(mask, stored, stored.outletName),
      outlet: outletDisplayName(mask, stored.outletId, stored.outletName),
      annotationCount: stored.annotationCount,
      state: articleProgress(marks.get(stored.articleId), stored.annotationCount),
    }));
  }, [work.data, progress.data, mask, studentId]);
  return { rows, error: work.error ?? progress.error };
}
