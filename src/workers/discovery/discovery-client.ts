import { proxy, wrap, type Remote } from 'comlink';
import type {
  DiscoveryProgress,
  DiscoveryRequest,
  DiscoveryResult,
  DiscoveryWorkerApi,
} from './discovery-protocol';

let remote: Remote<DiscoveryWorkerApi> | null = null;
let failure: Promise<never> | null = null;

function start(): Remote<DiscoveryWorkerApi> {
  const worker = new Worker(new URL('./discovery.worker.ts', import.meta.url), {
    type: 'module',
    name: 'framelens-discovery',
  });
  // Comlink never settles a call whose worker died: a failed start rejects every call instead.
  failure = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      remote = null;
      reject(new Error(`The discovery worker stopped: ${event.message || 'it could not start'}.`));
    });
  });
  failure.catch(() => undefined);
  return wrap<DiscoveryWorkerApi>(worker);
}

/** Runs discovery in its worker, started on first use and kept for the session. */
export function fetchDiscovery(
  request: DiscoveryRequest,
  onProgress?: (progress: DiscoveryProgress) => void,
): Promise<DiscoveryResult> {
  remote ??= start();
  const pending = remote.discover(request, onProgress ? proxy(onProgress) : undefined);
  return failure ? Promise.race([pending, failure]) : pending;
}
