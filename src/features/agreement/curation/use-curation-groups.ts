import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { keyUnder, useTableVersion } from '../../../db';
import type { CurationRecord } from '../../../domain/agreement/curation-types';
import { AGREEMENT_TABLES } from '../../../workers/agreement/agreement-protocol';
import { fetchCurationGroups } from '../../../workers/agreement/agreement-client';

/**
 * The curation's groups, computed in the agreement worker from the data as it is now: any change
 * (in any tab) is a new version and a new computation. The previous groups stay on screen while
 * the next ones are computed (writing a gold annotation is such a change).
 */
export function useCurationGroups(curation: CurationRecord | null | undefined) {
  const version = useTableVersion(AGREEMENT_TABLES);
  const annotatorIds = curation?.annotatorIds ?? [];
  const articleIds = curation?.articleIds ?? [];
  return useQuery({
    queryKey: keyUnder('annotations', 'curation-groups', curation?.id ?? '', version),
    queryFn: () => fetchCurationGroups({ version, annotatorIds, articleIds }),
    enabled: Boolean(curation),
    placeholderData: keepPreviousData,
  });
}
