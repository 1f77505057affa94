import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../ui/button';
import { useToast } from '../../../ui/toast-context';
import { useDownloadBackup } from '../../../ui/use-download-backup';
import { useLastBackupAt } from '../api/last-backup-query';
import { storageStatusQueryOptions, useStorageStatus } from '../api/storage-query';
import { errorText } from '../../../ui/error-text';
import { SettingsSection } from '../settings-section';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function DataSection() {
  const storage = useStorageStatus();
  const lastBackup = useLastBackupAt();
  const backup = useDownloadBackup();
  const queryClient = useQueryClient();
  const toast = useToast();

  const requestPersistence = async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    await queryClient.invalidateQueries({ queryKey: storageStatusQueryOptions().queryKey });
    toast.show({
      message: granted
        ? 'The browser will keep FrameLens data unless you delete it.'
        : 'The browser did not grant persistent storage. Keep regular backups.',
      tone: granted ? 'success' : 'info',
    });
  };

  const downloadBackup = () =>
    backup.mutate(undefined, {
      onSuccess: () => toast.show({ message: 'Backup downloaded.', tone: 'success' }),
      onError: (error) =>
        toast.show({ message: `No backup was made: ${errorText(error)}`, tone: 'error' }),
    });

  const status = storage.data;
  return (
    <SettingsSection id="data" title="Your data">
      <div className="flex flex-col gap-4 rounded-md border border-slate-200 bg-white p-4 text-sm">
        <p className="text-slate-600">
          Everything — articles, annotations, settings — is stored in this browser’s IndexedDB
          database named <code>framelens</code>. Nothing is sent anywhere. Clearing this site’s data
          in the browser deletes it, so keep backups.
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
          <dt className="font-medium">Storage</dt>
          <dd data-testid="storage-persistence">
            {!status
              ? 'Checking…'
              : !status.supported
                ? 'This browser does not report storage status.'
                : status.persisted
                  ? 'Persistent — the browser will not evict it to free space.'
                  : 'Best effort — the browser may evict it when space runs low.'}
            {status?.supported && !status.persisted && (
              <Button className="ml-2" onClick={() => void requestPersistence()}>
                Ask to keep it
              </Button>
            )}
          </dd>
          <dt className="font-medium">Space used</dt>
          <dd data-testid="storage-usage">
            {status?.usage != null && status.quota != null
              ? `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available to this site`
              : 'Unknown'}
          </dd>
          <dt className="font-medium">Last backup</dt>
          <dd data-testid="last-backup">
            {lastBackup.data ? new Date(lastBackup.data).toLocaleString() : 'Never'}
          </dd>
        </dl>
        <div>
          <Button variant="primary" onClick={downloadBackup} disabled={backup.isPending}>
            {backup.isPending ? 'Preparing…' : 'Download a backup'}
          </Button>
        </div>
      </div>
    </SettingsSection>
  );
}
