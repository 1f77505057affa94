import { queryOptions, useQuery } from '@tanstack/react-query';
import { backupReminderDue, keyUnder, readAnnotationActivity, readBackupMeta } from '../../../db';

/*
 * Two reads under two roots, so that each kind of write refreshes its half: annotation edits
 * (annotations root) and backups or "Not now" (meta root).
 */
export const backupMetaQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('meta', 'backup-meta'),
    queryFn: () => readBackupMeta(),
  });

export const annotationActivityQueryOptions = () =>
  queryOptions({
    queryKey: keyUnder('annotations', 'activity'),
    queryFn: () => readAnnotationActivity(),
  });

export interface BackupReminder {
  due: boolean;
  lastBackupAt: string | null;
}

export function useBackupReminder(): BackupReminder {
  const meta = useQuery(backupMetaQueryOptions());
  const activity = useQuery(annotationActivityQueryOptions());
  if (!meta.data || !activity.data) return { due: false, lastBackupAt: null };
  return {
    due: backupReminderDue({ ...meta.data, ...activity.data }),
    lastBackupAt: meta.data.lastBackupAt,
  };
}
