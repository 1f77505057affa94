import { isJsonObject, parseJsonText } from '../read-input';
import type { FileKind } from '../registry/file-kind';
import { KIND_INFO } from '../registry/kind-info';
import { BACKUP_FORMAT, parseBackupValue, type ParsedBackup } from './backup-file';

export interface BackupContext {
  /** The open database's schema version: a backup from a newer one is refused. */
  schemaVersion: number;
}

/**
 * A whole-database backup. Its parse does every check but the text hashes, which the intake
 * pipeline checks next (`verifyBackupTexts`: SHA-256 is asynchronous).
 */
export const backupKind: FileKind<ParsedBackup, BackupContext> = {
  ...KIND_INFO['backup'],
  detect(probe) {
    if (!isJsonObject(probe.json) || probe.json.format !== BACKUP_FORMAT) return null;
    return { reason: `"format" is "${BACKUP_FORMAT}"`, confidence: 1 };
  },
  parse(probe, context) {
    const json =
      probe.json !== undefined
        ? { ok: true as const, value: probe.json }
        : parseJsonText(probe.text);
    if (!json.ok) return json;
    return parseBackupValue(json.value, context.schemaVersion);
  },
};
