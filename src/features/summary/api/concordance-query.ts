import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ConcordanceLine, SummaryFilter } from '../../../domain/summary';
import { useCorpusVersion } from './corpus-version';
import { callSummaryWorker } from './summary-worker';

export function fetchConcordance(
  version: string,
  filter: SummaryFilter,
  term: string,
): Promise<ConcordanceLine[]> {
  return callSummaryWorker((api) => api.concordance({ version, filter, term }));
}

export const concordanceQueryOptions = (version: string, filter: SummaryFilter, term: string) =>
  queryOptions({
    queryKey: ['summary', version, filter, 'concordance', term] as const,
    queryFn: () => fetchConcordance(version, filter, term),
    placeholderData: keepPreviousData,
  });

export function useConcordance(filter: SummaryFilter, term: string | null) {
  const version = useCorpusVersion();
  return useQuery({
    ...concordanceQueryOptions(version, filter, term ?? ''),
    enabled: term !== null,
  });
}
