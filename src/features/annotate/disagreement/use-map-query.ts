import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { keyUnder, useTableVersion } from '../../../db';
import { fetchDisagreementMap } from '../../../workers/agreement/agreement-client';
import { AGREEMENT_TABLES } from '../../../workers/agreement/agreement-protocol';

/**
 * The article's disagreement map, computed in the agreement worker. Keyed by the version of the
 * tables it reads, so a change in any tab (an annotation added here too) computes it again; the
 * previous map stays painted meanwhile.
 */
export function useMapQuery(
  articleId: string,
  annotatorIds: readonly string[] | null,
  enabled: boolean,
) {
  const version = useTableVersion(AGREEMENT_TABLES);
  return useQuery(
    queryOptions({
      queryKey: keyUnder('annotations', 'disagreement-map', articleId, annotatorIds, version),
      queryFn: () => fetchDisagreementMap({ version, articleId, annotatorIds }),
      enabled,
      placeholderData: keepPreviousData,
    }),
  );
}
