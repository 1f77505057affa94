import { queryOptions, useQuery } from '@tanstack/react-query';
import { compareWithKey } from '../../../domain/scoring/compare-with-key';
import type { ComparisonKind } from '../../../domain/scoring/score-types';
import { keyUnder, listArticleAnnotations } from '../../../db';

export type VersusCounts = Record<ComparisonKind, number>;

async function readVersusCounts(
  articleIds: readonly string[],
  studentId: string,
  keyAnnotatorId: string,
): Promise<Map<string, VersusCounts>> {
  const entries = await Promise.all(
    articleIds.map(async (articleId) => {
      const annotations = await listArticleAnnotations(articleId);
      const compared = compareWithKey(
        annotations.filter((annotation) => annotation.annotatorId === studentId),
        annotations.filter((annotation) => annotation.annotatorId === keyAnnotatorId),
      );
      const counts: VersusCounts = { matched: 0, missed: 0, extra: 0 };
      for (const span of compared) counts[span.kind] += 1;
      return [articleId, counts] as const;
    }),
  );
  return new Map(entries);
}

const versusCountsQueryOptions = (
  articleIds: readonly string[],
  studentId: string,
  keyAnnotatorId: string,
) =>
  queryOptions({
    queryKey: keyUnder('annotations', 'versus-counts', studentId, keyAnnotatorId, articleIds),
    queryFn: () => readVersusCounts(articleIds, studentId, keyAnnotatorId),
  });

/** Per article: the student's spans matched, missed and extra against the key's. */
export function useVersusCounts(
  articleIds: readonly string[],
  studentId: string,
  keyAnnotatorId: string,
) {
  return useQuery(versusCountsQueryOptions(articleIds, studentId, keyAnnotatorId));
}
