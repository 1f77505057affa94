import { useEffect, useId, useState } from 'react';
import { watchOtherTabsDrafts, type TableCounts, type TableName } from '../../../db';
import { useToast } from '../../../ui/toast-context';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useDownloadBackup } from '../../../ui/use-download-backup';
import { useRestoreBackup } from '../api/restore-backup';
import { errorText } from '../../../ui/error-text';
import { SettingsSection } from '../settings-section';

/** Every table a backup holds (a Record, so a table added later cannot be left out). */
const LABELS: Record<TableName, string> = {
  articles: 'Articles',
  annotations: 'Annotations (deleted ones included)',
  outlets: 'Outlets',
  annotators: 'Annotators',
  codebooks: 'Codebooks',
  lexicon: 'Lexicon entries',
  assignments: 'Assignments',
  progress: 'Progress marks',
  submissions: 'Hand-ins received',
  guesses: 'Outlet guesses',
  curations: 'Curations',
  curationSteps: 'Curation steps',
  personalLexicon: 'Your terms',
  suggestionFeedback: 'Suggestion feedback',
  meta: 'Other settings',
};

const ROWS = (Object.keys(LABELS) as TableName[]).map((table) => ({
  table,
  label: LABELS[table],
}));

function CountsTable({ current, backup }: { current: TableCounts; backup: TableCounts }) {
  return (
    <table className="w-full text-left text-sm" data-testid="restore-counts">
      <caption className="sr-only">What the backup replaces</caption>
      <thead>
        <tr className="border-b border-slate-200">
          <th scope="col" className="py-1 font-medium">
            Table
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Now
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            In the backup
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ table, label }) => (
          <tr key={table} className="border-b border-slate-100">
            <th scope="row" className="py-1 font-normal">
              {label}
            </th>
            <td className="py-1 text-right tabular-nums">{current[table].toLocaleString('en')}</td>
            <td className="py-1 text-right tabular-nums">{backup[table].toLocaleString('en')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** While `active`, the unsaved drafts other open tabs hold (a restore would discard them). */
function useOtherTabsDrafts(active: boolean): string[] {
  const [drafts, setDrafts] = useState<string[]>([]);
  useEffect(() => {
    if (!active) return;
    const stop = watchOtherTabsDrafts(setDrafts);
    return () => {
      stop();
      setDrafts([]);
    };
  }, [active]);
  return drafts;
}

/** Settings → Restore: replace the whole database with a backup file, after confirmation. */
export function RestoreSection() {
  const restore = useRestoreBackup();
  const backup = useDownloadBackup();
  const toast = useToast();
  const inputId = useId();
  const { state } = restore;
  const preview = state.step === 'confirm' || state.step === 'restoring' ? state.preview : null;
  const otherDrafts = useOtherTabsDrafts(state.step === 'confirm');

  const downloadCurrent = () =>
    backup.mutate(undefined, {
      onSuccess: () =>
        toast.show({ message: 'Backup of the current data downloaded.', tone: 'success' }),
      onError: (error) =>
        toast.show({ message: `No backup was made: ${errorText(error)}`, tone: 'error' }),
    });

  return (
    <SettingsSection
      id="restore"
      title="Restore a backup"
      description="Replaces everything in this browser — articles, annotations, codebook, lexicon, settings — with the contents of a backup file. You will see what it replaces and be asked first."
    >
      <div className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4 text-sm">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="font-medium">
            Backup file
          </label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            disabled={state.step === 'checking' || state.step === 'restoring'}
            onChange={(event) => {
              const [file] = [...(event.target.files ?? [])];
              event.target.value = '';
              if (file) void restore.choose(file);
            }}
            className="block w-full max-w-md text-sm file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          />
          <p className="text-xs text-slate-500">
            A file made with “Download a backup” (framelens-backup-….json).
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {(state.step === 'checking' || state.step === 'restoring') && (
            <progress
              aria-label="Restore progress"
              max={state.progress && state.progress.total > 0 ? state.progress.total : undefined}
              value={state.progress && state.progress.total > 0 ? state.progress.done : undefined}
              className="h-2 w-48 overflow-hidden rounded accent-slate-700"
            />
          )}
          <p role="status" className="text-slate-700" data-testid="restore-status">
            {state.step === 'checking' && `Checking ${state.fileName}…`}
            {state.step === 'restoring' &&
              (state.progress && state.progress.total > 0
                ? `Restoring… ${state.progress.done.toLocaleString('en')} of ${state.progress.total.toLocaleString('en')} records`
                : 'Restoring…')}
            {state.step === 'cancelled' &&
              `The restore of ${state.fileName} was cancelled: nothing was changed.`}
            {state.step === 'done' &&
              `Restored: ${state.counts.articles.toLocaleString('en')} articles and ${state.counts.annotations.toLocaleString('en')} annotations.`}
          </p>
          {(state.step === 'checking' || state.step === 'restoring') && (
            <Button onClick={restore.cancel} className="ml-auto">
              Cancel
            </Button>
          )}
        </div>
        {state.step === 'failed' && (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900"
            data-testid="restore-error"
          >
            <p className="font-semibold">{state.fileName} was not restored. Nothing was changed.</p>
            <p className="mt-1">{state.message}</p>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={state.step === 'confirm'}
        title="Replace everything with this backup?"
        confirmLabel="Replace everything"
        danger
        onConfirm={() => void restore.confirm()}
        onCancel={restore.cancel}
      >
        {preview && (
          <div className="flex flex-col gap-3">
            <p>
              <span className="font-medium">{preview.fileName}</span>
              {preview.exportedAt && `, made ${new Date(preview.exportedAt).toLocaleString()}`}.
              Everything now in this browser is replaced; this cannot be undone.
            </p>
            {otherDrafts.length > 0 && (
              <ul
                className="list-disc pl-5 font-medium text-red-800"
                data-testid="restore-unsaved-drafts"
              >
                {otherDrafts.map((draft, i) => (
                  <li key={i}>Another tab has an unsaved {draft}; restoring will discard it.</li>
                ))}
              </ul>
            )}
            <CountsTable current={preview.current} backup={preview.backup} />
            {preview.warnings.length > 0 && (
              <ul className="list-disc pl-5 text-amber-900">
                {preview.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            )}
            <p>
              <button
                type="button"
                className="text-blue-700 underline"
                onClick={downloadCurrent}
                disabled={backup.isPending}
              >
                Download a backup of the current data first
              </button>
            </p>
          </div>
        )}
      </ConfirmDialog>
    </SettingsSection>
  );
}
