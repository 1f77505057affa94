import Dexie from 'dexie';
import { DATABASE_NAME } from './database';

/*
 * The one change feed. Dexie fires `storagemutated` once per committed write transaction: for
 * this tab's writes as they commit, and for other tabs' and workers' writes as they arrive
 * (Dexie broadcasts them). Everything that refreshes listens here: QuerySync turns a change into
 * query invalidations, and `tableVersion` counts the changes of each table for work that is
 * keyed by the state of the data (the summary).
 */

type Listener = (tables: Set<string>) => void;

const listeners = new Set<Listener>();
const generations = new Map<string, number>();
let listening = false;

function changedTables(parts: Record<string, unknown>): Set<string> {
  const prefix = `idb://${DATABASE_NAME}/`;
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0];
    if (table) tables.add(table);
  }
  return tables;
}

// Started on first use and kept: the versions must count every change from then on, whether
// or not a view is listening at that moment.
function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    const tables = changedTables(parts);
    if (tables.size === 0) return;
    for (const table of tables) generations.set(table, (generations.get(table) ?? 0) + 1);
    for (const listener of listeners) listener(tables);
  });
}

/**
 * Calls `onChange` with the names of the tables that changed, once per committed transaction,
 * for writes in this tab and in every other tab and worker of the same origin.
 */
export function watchTableChanges(onChange: Listener): () => void {
  listen();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/**
 * A name for the state of `tables` as this tab knows it ("3.0.12"): it changes whenever one of
 * them changes.
 */
export function tableVersion(tables: readonly string[]): string {
  listen();
  return tables.map((table) => generations.get(table) ?? 0).join('.');
}
