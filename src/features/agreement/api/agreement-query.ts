import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { AgreementSelection } from '../../../domain/agreement/agreement-types';
import { keyUnder, useTableVersion } from '../../../db';
import { fetchAgreement } from '../../../workers/agreement/agreement-client';
import {
  AGREEMENT_TABLES,
  type AgreementProgress,
} from '../../../workers/agreement/agreement-protocol';

let latestRequest = 0;

/**
 * The agreement report and catalog, computed in the worker. Keyed by the version of every table
 * it reads, so a change in any tab computes it again; the last report stays shown meanwhile.
 * Progress reports arrive on their own channel: only the latest request's count, none after it.
 */
export function useAgreement(selection: AgreementSelection, enabled: boolean) {
  const version = useTableVersion(AGREEMENT_TABLES);
  const [progress, setProgress] = useState<AgreementProgress | null>(null);
  const run = useCallback(async () => {
    const request = ++latestRequest;
    let finished = false;
    const report = (next: AgreementProgress) => {
      if (!finished && request === latestRequest) setProgress(next);
    };
    try {
      return await fetchAgreement({ version, selection }, report);
    } finally {
      finished = true;
      if (request === latestRequest) setProgress(null);
    }
  }, [version, selection]);
  const query = useQuery(
    queryOptions({
      queryKey: keyUnder('annotations', 'agreement', selection, version),
      queryFn: run,
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
  return { query, progress };
}
