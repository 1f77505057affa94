import { useSyncExternalStore } from 'react';
import type { SummaryProgress } from '../../../workers/summary-protocol';

let current: SummaryProgress | null = null;
const listeners = new Set<() => void>();

/** Progress of the running summary computation, as the worker reports it (null when idle). */
export function setSummaryProgress(progress: SummaryProgress | null): void {
  current = progress;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSummaryProgress(): SummaryProgress | null {
  return useSyncExternalStore(subscribe, () => current);
}
