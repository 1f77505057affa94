import { db } from '../../src/db/database';

/** The summary's floor: read the whole annotations table in a worker, as the summary does. */
self.onmessage = async () => {
  const started = performance.now();
  const rows = await db.annotations.toArray();
  self.postMessage({ ms: performance.now() - started, rows: rows.length });
};
