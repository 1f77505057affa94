import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { proxy } from 'comlink';
import type { SummaryFilter } from '../../../domain/summary';
import type { SummaryResult } from '../../../workers/summary-protocol';
import { useCorpusVersion } from './corpus-version-query';
import { setSummaryProgress } from './summary-progress';
import { callSummaryWorker } from './summary-worker';

export async function fetchSummary(version: string, filter: SummaryFilter): Promise<SummaryResult> {
  try {
    return await callSummaryWorker((api) =>
      api.summarize({ version, filter }, proxy(setSummaryProgress)),
    );
  } finally {
    setSummaryProgress(null);
  }
}

export const summaryQueryOptions = (version: string, filter: SummaryFilter) =>
  queryOptions({
    queryKey: ['summary', version, filter] as const,
    queryFn: () => fetchSummary(version, filter),
    // While a new filter or new data is computed, the last result stays on screen.
    placeholderData: keepPreviousData,
  });

export function useSummary(filter: SummaryFilter) {
  const version = useCorpusVersion();
  return useQuery({
    ...summaryQueryOptions(version ?? '', filter),
    enabled: version !== undefined,
  });
}
