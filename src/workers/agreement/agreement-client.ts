import { proxy, transfer, wrap, type Remote } from 'comlink';
import type {
  AgreementProgress,
  AgreementRequest,
  AgreementResult,
  AgreementWorkerApi,
  GroupsRequest,
  MapRequest,
  MapResult,
} from './agreement-protocol';
import type { CurationGroup } from '../../domain/agreement/curation-types';
import { spanBuffers } from './map-spans';

let remote: Remote<AgreementWorkerApi> | null = null;
let failure: Promise<never> | null = null;

function start(): Remote<AgreementWorkerApi> {
  const worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), {
    type: 'module',
    name: 'framelens-agreement',
  });
  // Comlink never settles a call whose worker died: a failed start rejects every call instead.
  failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      remote = null;
      reject(new Error(`The agreement worker stopped: ${event.message || 'it could not start'}.`));
    });
  });
  failure.catch(() => undefined);
  return wrap<AgreementWorkerApi>(worker);
}

/** Started on first use and kept, so that it keeps what it read while the data is unchanged. */
function callAgreementWorker<T>(call: (api: Remote<AgreementWorkerApi>) => Promise<T>): Promise<T> {
  remote ??= start();
  const pending = call(remote);
  return failure ? Promise.race([pending, failure]) : pending;
}

export function fetchAgreement(
  request: AgreementRequest,
  onProgress?: (progress: AgreementProgress) => void,
): Promise<AgreementResult> {
  return callAgreementWorker((api) =>
    api.agreement(request, onProgress ? proxy(onProgress) : undefined),
  );
}

/** The request's spans are transferred: the caller must not use them afterwards. */
export function fetchDisagreementMap(request: MapRequest): Promise<MapResult> {
  const buffers = request.spans ? spanBuffers(request.spans) : [];
  return callAgreementWorker((api) => api.disagreementMap(transfer(request, buffers)));
}

export function prepareMapArticle(articleId: string, codingVersion: string): Promise<void> {
  return callAgreementWorker((api) => api.prepareArticle(articleId, codingVersion));
}

export function fetchCurationGroups(request: GroupsRequest): Promise<CurationGroup[]> {
  return callAgreementWorker((api) => api.curationGroups(request));
}
