import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keyUnder, tableVersion, useTableVersion } from '../../../db';
import { fetchDisagreementMap } from '../../../workers/agreement/agreement-client';
import { AGREEMENT_TABLES, CODING_TABLES } from '../../../workers/agreement/agreement-protocol';
import { packMapSpans } from '../../../workers/agreement/map-spans';
import { articleAnnotationsQueryOptions } from '../api/article-annotations-query';

/**
 * The article's disagreement map, computed in the agreement worker from the annotations the
 * reader has already read (handed over, not read again). Keyed by those annotations and by the
 * tables that say who coded the article, so a change in any tab — an annotation added here too —
 * computes it again once; the previous map stays painted meanwhile.
 */
export function useMapQuery(
  articleId: string,
  annotatorIds: readonly string[] | null,
  enabled: boolean,
) {
  const codingVersion = useTableVersion(CODING_TABLES);
  // Read only for the map: opening the reader, the workspace reads its first screen first.
  const annotations = useQuery({ ...articleAnnotationsQueryOptions(articleId), enabled });
  const { data, dataUpdatedAt } = annotations;
  return useQuery({
    queryKey: keyUnder(
      'annotations',
      'disagreement-map',
      articleId,
      annotatorIds,
      codingVersion,
      dataUpdatedAt,
    ),
    queryFn: () =>
      fetchDisagreementMap({
        version: tableVersion(AGREEMENT_TABLES),
        codingVersion,
        articleId,
        annotatorIds,
        spans: data && packMapSpans(data, articleId),
      }),
    enabled: enabled && data !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
