import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { proxy } from 'comlink';
import type { SummaryFilter } from '../../../domain/summary';
import type { SummaryProgress, SummaryResult } from '../../../workers/summary-protocol';
import { useCorpusVersion } from './corpus-version';
import { setSummaryProgress } from './summary-progress';
import { callSummaryWorker } from './summary-worker';

let latestRequest = 0;

/**
 * Runs the summary in the worker. Progress comes back on its own message channel, so a report
 * can arrive after the result: only the latest request's reports count, and none after it ends.
 */
export async function fetchSummary(version: string, filter: SummaryFilter): Promise<SummaryResult> {
  const request = ++latestRequest;
  let finished = false;
  const report = (progress: SummaryProgress) => {
    if (!finished && request === latestRequest) setSummaryProgress(progress);
  };
  try {
    return await callSummaryWorker((api) => api.summarize({ version, filter }, proxy(report)));
  } finally {
    finished = true;
    if (request === latestRequest) setSummaryProgress(null);
  }
}

export const summaryQueryOptions = (version: string, filter: SummaryFilter, enabled = true) =>
  queryOptions({
    enabled,
    queryKey: ['summary', version, filter] as const,
    queryFn: () => fetchSummary(version, filter),
    // While a new filter or new data is computed, the last result stays on screen.
    placeholderData: keepPreviousData,
  });

/** `enabled` false: wait (the default counting set is still being read). */
export function useSummary(filter: SummaryFilter, enabled: boolean) {
  const version = useCorpusVersion();
  return useQuery(summaryQueryOptions(version, filter, enabled));
}
