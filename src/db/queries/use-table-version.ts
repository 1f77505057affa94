import { useSyncExternalStore } from 'react';
import { tableVersion, watchTableChanges } from '../watch-changes';

const subscribe = (onChange: () => void) => watchTableChanges(onChange);

/**
 * The version of `tables` (see `tableVersion`), fed by the same change feed that invalidates
 * queries. Work over many tables keys its query by it, so it reruns once per change of the data,
 * in this tab or another, instead of being invalidated by hand.
 */
export function useTableVersion(tables: readonly string[]): string {
  return useSyncExternalStore(subscribe, () => tableVersion(tables));
}
