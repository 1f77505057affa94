import { Button } from '../../ui/button';
import { useToast } from '../../ui/toast-context';
import { useRestoreSampleArticles } from './api/restore-samples-mutation';

export function SettingsPage() {
  const restore = useRestoreSampleArticles();
  const toast = useToast();

  const restoreSamples = () =>
    restore.mutate(undefined, {
      onSuccess: (added) =>
        toast.show({
          message:
            added === 0
              ? 'All five sample articles are already in the library.'
              : `Restored ${added} sample ${added === 1 ? 'article' : 'articles'}.`,
          tone: 'success',
        }),
      onError: (error) =>
        toast.show({ message: `Nothing was restored: ${error.message}`, tone: 'error' }),
    });

  return (
    <section aria-labelledby="settings-title" className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 id="settings-title" className="text-2xl font-semibold">
        Settings
      </h1>
      <div className="rounded-md border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Sample articles</h2>
        <p className="mt-1 text-sm text-slate-600">
          FrameLens ships five articles about Hayat Tahrir al-Sham (HTS) in northwestern Syria from
          Levant24, Yalla TV, Tasnim, The New Arab and RT. Restoring re-adds only the ones that are
          missing; nothing else changes.
        </p>
        <Button className="mt-3" onClick={restoreSamples} disabled={restore.isPending}>
          {restore.isPending ? 'Restoring…' : 'Restore sample articles'}
        </Button>
      </div>
      <div className="rounded-md border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">Where your data lives</h2>
        <p className="mt-1 text-sm text-slate-600">
          Everything — articles, annotations, settings — is stored in this browser’s IndexedDB
          database named <code>framelens</code>. Nothing is sent anywhere. Clearing this site’s data
          in the browser deletes it.
        </p>
      </div>
    </section>
  );
}
