import { Button } from '../../ui/button';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast-context';
import { useDownloadBackup } from '../../ui/use-download-backup';
import { useDismissBackupReminder } from './api/backup-mutations';
import { useBackupReminder } from './api/backup-reminder-query';

function age(iso: string): string {
  const days = Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
  return days <= 1 ? 'a day ago' : `${days} days ago`;
}

/**
 * A gentle reminder, shown when annotations are not in any recent backup (the rule is
 * `backupReminderDue`). "Not now" hides it for a week.
 */
export function BackupReminder() {
  const reminder = useBackupReminder();
  const download = useDownloadBackup();
  const dismiss = useDismissBackupReminder();
  const toast = useToast();
  if (!reminder.due) return null;
  return (
    <aside
      aria-label="Backup reminder"
      className="flex flex-wrap items-center gap-3 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950"
    >
      <p className="flex-1">
        {reminder.lastBackupAt
          ? `Your last backup was ${age(reminder.lastBackupAt)} and you have annotated since.`
          : 'Your annotations are not in any backup yet.'}{' '}
        Everything lives only in this browser: a backup file keeps it safe.
      </p>
      <Button
        variant="primary"
        disabled={download.isPending}
        onClick={() =>
          download.mutate(undefined, {
            onSuccess: () => toast.show({ message: 'Backup downloaded.', tone: 'success' }),
            onError: (error) =>
              toast.show({ message: `No backup was made: ${errorText(error)}`, tone: 'error' }),
          })
        }
      >
        Download a backup
      </Button>
      <Button variant="ghost" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
        Not now
      </Button>
    </aside>
  );
}
