import Dexie from 'dexie';
import { DATABASE_NAME } from './database';

/**
 * Calls `onChange` with the names of the tables that changed, for writes in this tab and in
 * every other tab of the same origin (Dexie broadcasts its mutations between tabs).
 */
export function watchTableChanges(onChange: (tables: Set<string>) => void): () => void {
  const prefix = `idb://${DATABASE_NAME}/`;
  const listener = (parts: Record<string, unknown>) => {
    const tables = new Set<string>();
    for (const key of Object.keys(parts)) {
      if (!key.startsWith(prefix)) continue;
      const table = key.slice(prefix.length).split('/')[0];
      if (table) tables.add(table);
    }
    if (tables.size > 0) onChange(tables);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
