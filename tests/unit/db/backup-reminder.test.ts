import { describe, expect, test } from 'vitest';
import { backupReminderDue } from '../../../src/db/repositories/backup-reminder-repository';

const now = new Date('2026-11-23T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('backup reminder rule', () => {
  test('nothing annotated: never', () => {
    expect(
      backupReminderDue(
        { lastBackupAt: null, oldestChangeAt: null, newestChangeAt: null, dismissedAt: null },
        now,
      ),
    ).toBe(false);
  });

  test('never backed up: only once some work is more than a day old', () => {
    const input = { lastBackupAt: null, newestChangeAt: daysAgo(0), dismissedAt: null };
    expect(backupReminderDue({ ...input, oldestChangeAt: daysAgo(0.5) }, now)).toBe(false);
    expect(backupReminderDue({ ...input, oldestChangeAt: daysAgo(1.5) }, now)).toBe(true);
  });

  test('backed up: when annotations changed since and the backup is more than 7 days old', () => {
    const base = { oldestChangeAt: daysAgo(30), dismissedAt: null };
    // Old backup, changes since: remind.
    expect(
      backupReminderDue({ ...base, lastBackupAt: daysAgo(8), newestChangeAt: daysAgo(1) }, now),
    ).toBe(true);
    // Old backup, nothing changed since: nothing new to lose.
    expect(
      backupReminderDue({ ...base, lastBackupAt: daysAgo(8), newestChangeAt: daysAgo(9) }, now),
    ).toBe(false);
    // Recent backup, changes since: not yet.
    expect(
      backupReminderDue({ ...base, lastBackupAt: daysAgo(6), newestChangeAt: daysAgo(1) }, now),
    ).toBe(false);
  });

  test('"Not now" hides it for 7 days', () => {
    const due = {
      lastBackupAt: daysAgo(20),
      oldestChangeAt: daysAgo(30),
      newestChangeAt: daysAgo(1),
    };
    expect(backupReminderDue({ ...due, dismissedAt: daysAgo(3) }, now)).toBe(false);
    expect(backupReminderDue({ ...due, dismissedAt: daysAgo(8) }, now)).toBe(true);
  });
});
