import { db as defaultDb, type FrameLensDatabase } from '../database';
import { nowIso } from '../ids';
import { LAST_BACKUP_KEY } from '../meta-keys';

/**
 * When to remind the person to back up: all their work lives in this browser only, so the app
 * asks for a backup once the last one is old. The rule is a pure function, tested on its own:
 * - nothing annotated yet: no reminder;
 * - never backed up: remind once some annotation work is more than a day old;
 * - backed up: remind when annotations changed after that backup AND it is more than 7 days old;
 * - "Not now" hides the reminder for 7 days.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_MAX_AGE_MS = 7 * DAY_MS;
export const FIRST_BACKUP_AFTER_MS = DAY_MS;
export const REMINDER_SNOOZE_MS = 7 * DAY_MS;

const DISMISSED_KEY = 'backupReminderDismissedAt';

export interface BackupReminderInput {
  lastBackupAt: string | null;
  /** updatedAt of the oldest and newest stored annotations (tombstones included), if any. */
  oldestChangeAt: string | null;
  newestChangeAt: string | null;
  dismissedAt: string | null;
}

function time(iso: string | null): number | null {
  if (iso === null) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

export function backupReminderDue(input: BackupReminderInput, now: Date = new Date()): boolean {
  const at = now.getTime();
  const newest = time(input.newestChangeAt);
  const oldest = time(input.oldestChangeAt);
  if (newest === null || oldest === null) return false;
  const dismissed = time(input.dismissedAt);
  if (dismissed !== null && at - dismissed < REMINDER_SNOOZE_MS) return false;
  const last = time(input.lastBackupAt);
  if (last === null) return at - oldest > FIRST_BACKUP_AFTER_MS;
  return newest > last && at - last > BACKUP_MAX_AGE_MS;
}

export interface AnnotationActivity {
  oldestChangeAt: string | null;
  newestChangeAt: string | null;
}

/** The oldest and newest annotation change, read from the updatedAt index (two keys, no scan). */
export async function readAnnotationActivity(
  database: FrameLensDatabase = defaultDb,
): Promise<AnnotationActivity> {
  return database.transaction('r', database.annotations, async () => {
    const [oldest, newest] = await Promise.all([
      database.annotations.orderBy('updatedAt').first(),
      database.annotations.orderBy('updatedAt').last(),
    ]);
    return { oldestChangeAt: oldest?.updatedAt ?? null, newestChangeAt: newest?.updatedAt ?? null };
  });
}

export interface BackupMeta {
  lastBackupAt: string | null;
  dismissedAt: string | null;
}

export async function readBackupMeta(database: FrameLensDatabase = defaultDb): Promise<BackupMeta> {
  const [last, dismissed] = await database.meta.bulkGet([LAST_BACKUP_KEY, DISMISSED_KEY]);
  return {
    lastBackupAt: typeof last?.value === 'string' ? last.value : null,
    dismissedAt: typeof dismissed?.value === 'string' ? dismissed.value : null,
  };
}

export async function dismissBackupReminder(
  database: FrameLensDatabase = defaultDb,
): Promise<void> {
  await database.meta.put({ key: DISMISSED_KEY, value: nowIso() });
}
