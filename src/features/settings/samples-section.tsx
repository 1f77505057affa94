import { Button } from '../../ui/button';
import { errorText } from '../../ui/error-text';
import { useToast } from '../../ui/toast-context';
import { useRestoreSampleArticles } from './api/restore-samples-mutation';
import { SettingsSection } from './settings-section';

export function SamplesSection() {
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
        toast.show({ message: `Nothing was restored: ${errorText(error)}`, tone: 'error' }),
    });

  return (
    <SettingsSection id="samples" title="Sample articles">
      <div className="rounded-md border border-slate-200 bg-white p-4">
        <p className="text-sm text-slate-600">
          FrameLens ships five articles about Hayat Tahrir al-Sham (HTS) in northwestern Syria from
          Levant24, Yalla TV, Tasnim, The New Arab and RT. Restoring re-adds only the ones that are
          missing; nothing else changes.
        </p>
        <Button className="mt-3" onClick={restoreSamples} disabled={restore.isPending}>
          {restore.isPending ? 'Restoring…' : 'Restore sample articles'}
        </Button>
      </div>
    </SettingsSection>
  );
}
