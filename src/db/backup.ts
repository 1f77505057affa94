import { db as defaultDb, type FrameLensDatabase } from './database';
import { nowIso } from './ids';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
} from '../domain/exchange/kinds/backup-envelope';
import { LAST_BACKUP_KEY } from './meta-keys';

export { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION };

/**
 * The whole database as one JSON document (every stored table, tombstones included). Reading
 * happens in one transaction so the backup is a consistent snapshot.
 */
export async function createBackup(database: FrameLensDatabase = defaultDb): Promise<string> {
  const backedUp = BACKUP_TABLES.map((name) => database.table(name));
  const tables = await database.transaction('r', backedUp, async () => {
    const entries = await Promise.all(
      backedUp.map(async (table) => [table.name, await table.toArray()] as const),
    );
    return Object.fromEntries(entries);
  });
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: database.verno,
    exportedAt: nowIso(),
    tables,
  });
}

export async function markBackupTaken(database: FrameLensDatabase = defaultDb): Promise<void> {
  await database.meta.put({ key: LAST_BACKUP_KEY, value: nowIso() });
}

export async function getLastBackupAt(
  database: FrameLensDatabase = defaultDb,
): Promise<string | null> {
  const record = await database.meta.get(LAST_BACKUP_KEY);
  return typeof record?.value === 'string' ? record.value : null;
}
