import { expose } from 'comlink';
// Imported file by file rather than through the src/db barrel: the barrel also brings the seed
// corpus, whose lazily loaded texts would split this worker into several chunks.
import { db } from '../../db/database';
import { loadDiscoverySource } from '../../db/repositories/discovery-repository';
import { discover } from './discovery-engine';
import type { DiscoveryWorkerApi } from './discovery-protocol';

const api: DiscoveryWorkerApi = {
  discover: (request, onProgress) =>
    discover(request, (selection) => loadDiscoverySource(selection, db), onProgress),
};

expose(api);
