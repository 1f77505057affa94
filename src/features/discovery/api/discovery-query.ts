import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { keyUnder, useTableVersion } from '../../../db';
import type { DiscoverySelection } from '../../../domain/discovery/discovery-selection';
import { fetchDiscovery } from '../../../workers/discovery/discovery-client';
import {
  DISCOVERY_TABLES,
  type DiscoveryProgress,
} from '../../../workers/discovery/discovery-protocol';

let latestRequest = 0;

/**
 * Candidate terms of the chosen articles, computed in the worker and keyed by the version of the
 * tables it reads (a new article, in any tab, computes them again). Only the latest request
 * reports progress.
 */
export function useDiscovery(selection: DiscoverySelection) {
  const version = useTableVersion(DISCOVERY_TABLES);
  const [progress, setProgress] = useState<DiscoveryProgress | null>(null);
  const run = useCallback(async () => {
    const request = ++latestRequest;
    let finished = false;
    const report = (next: DiscoveryProgress) => {
      if (!finished && request === latestRequest) setProgress(next);
    };
    try {
      return await fetchDiscovery({ version, selection }, report);
    } finally {
      finished = true;
      if (request === latestRequest) setProgress(null);
    }
  }, [version, selection]);
  const query = useQuery(
    queryOptions({
      // The version keeps the key current; under 'outlets' (not 'articles', which every
      // annotation write refreshes) marking a word elsewhere does not recompute it.
      queryKey: keyUnder('outlets', 'discovery', selection, version),
      queryFn: run,
      placeholderData: keepPreviousData,
    }),
  );
  return { query, progress };
}
