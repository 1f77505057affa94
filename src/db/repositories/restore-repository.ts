import {
  BACKUP_TABLES,
  countBackupRows,
  type BackupTables,
  type TableCounts,
} from '../../domain/exchange/kinds/backup-envelope';
import type { ParsedBackup } from '../../domain/exchange/kinds/backup-file';
import { db as defaultDb, type FrameLensDatabase } from '../database';
import { LAST_BACKUP_KEY } from '../meta-keys';
import { IMPORT_CANCELLED_MESSAGE } from './import-errors';

/**
 * Restore: a backup the import worker has checked (src/domain/exchange/kinds/backup-file.ts)
 * replaces the database — every table cleared and refilled in ONE transaction.
 */

export type {
  BackupTables,
  ParsedBackup,
  TableCounts,
  TableName,
} from '../../domain/exchange/kinds/backup-file';

export async function countTableRows(
  database: FrameLensDatabase = defaultDb,
): Promise<TableCounts> {
  return database.transaction('r', database.tables, async () => {
    const counts = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await database.table(name).count()] as const),
    );
    return Object.fromEntries(counts) as TableCounts;
  });
}

export interface RestoreControl {
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks: when true the transaction is aborted and nothing is replaced. */
  isCancelled?: () => boolean;
  chunkSize?: number;
}

/**
 * Replaces the whole database with the backup: every table cleared and refilled in one
 * transaction. `lastBackupAt` becomes the backup's time: the data now is exactly that file.
 */
export async function restoreBackup(
  backup: ParsedBackup,
  control: RestoreControl = {},
  database: FrameLensDatabase = defaultDb,
): Promise<TableCounts> {
  const chunkSize = control.chunkSize ?? 5000;
  const meta = backup.tables.meta.filter((record) => record.key !== LAST_BACKUP_KEY);
  if (backup.exportedAt) meta.push({ key: LAST_BACKUP_KEY, value: backup.exportedAt });
  const tables: BackupTables = { ...backup.tables, meta };
  const total = BACKUP_TABLES.reduce((sum, name) => sum + tables[name].length, 0);
  let done = 0;
  await database.transaction('rw', database.tables, async () => {
    for (const name of BACKUP_TABLES) await database.table(name).clear();
    for (const name of BACKUP_TABLES) {
      const rows: readonly unknown[] = tables[name];
      for (let at = 0; at < rows.length; at += chunkSize) {
        if (control.isCancelled?.()) throw new Error(IMPORT_CANCELLED_MESSAGE);
        const chunk = rows.slice(at, at + chunkSize);
        await database.table(name).bulkAdd(chunk);
        done += chunk.length;
        control.onProgress?.(done, total);
      }
    }
  });
  return countBackupRows(tables);
}
