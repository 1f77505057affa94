import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { listPersonalLexicon, useCodebook, useLexicon, usePersonalLexicon } from '../../../db';
import { serializeLexiconFile } from '../../../domain/lexicon/lexicon-file';
import { withPersonalLayer } from '../../../domain/suggestions/personal-layer';
import type { Label, PersonalLexiconEntry } from '../../../domain/types';
import { AlertBox, ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { downloadBlob, localIsoDate } from '../../../ui/download-file';
import { errorText } from '../../../ui/error-text';
import { discoveryPath } from '../../../ui/paths';
import { useToast } from '../../../ui/toast-context';
import { useRemovePersonalTerm, useRestorePersonalTerm } from '../api/personal-terms-mutations';
import { SettingsSection } from '../settings-section';
import { MutedTerms } from './muted-terms';
import { YourTermsImport } from './your-terms-import';
import { YourTermsTable } from './your-terms-table';

export function YourTermsSection() {
  const personal = usePersonalLexicon();
  const codebook = useCodebook();
  return (
    <SettingsSection
      id="your-terms"
      title="Your terms"
      description="Terms suggested to you besides the lexicon: words you marked by hand that the lexicon lacks, candidates you added from discovery, terms you imported and terms a teacher's assignment brought. Where a term of yours and a lexicon entry share a form, yours is suggested."
    >
      {personal.isPending || codebook.isPending ? (
        <p role="status">Loading your terms…</p>
      ) : personal.isError || codebook.isError ? (
        <ErrorLine>
          Could not read your terms: {errorText(personal.error ?? codebook.error)}
        </ErrorLine>
      ) : (
        <YourTerms entries={personal.data} labels={codebook.data.labels} />
      )}
    </SettingsSection>
  );
}

function EmptyState() {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
      <p className="font-medium">You have no terms of your own yet.</p>
      <p className="mt-1">
        They arrive when you mark a word by hand that the lexicon does not know, when you add a
        candidate on the{' '}
        <Link href={discoveryPath()} className="text-blue-700 underline">
          Candidate loaded terms
        </Link>{' '}
        page, when you import a terms file here, and when you open a teacher's assignment that
        carries the teacher's terms.
      </p>
    </div>
  );
}

function YourTerms({
  entries,
  labels,
}: {
  entries: readonly PersonalLexiconEntry[];
  labels: readonly Label[];
}) {
  const lexicon = useLexicon();
  const { exportTerms, removeTerm } = useTermActions();
  const [problem, setProblem] = useState<string | null>(null);
  const labelsById = useMemo(() => new Map(labels.map((label) => [label.id, label])), [labels]);
  const labelIds = useMemo(() => labels.map((label) => label.id), [labels]);
  const everyEntry = useMemo(
    () => withPersonalLayer(lexicon.data ?? [], entries),
    [lexicon.data, entries],
  );

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void exportTerms()} disabled={entries.length === 0}>
          Export your terms
        </Button>
        <YourTermsImport labelIds={labelIds} onProblem={setProblem} />
        <span role="status" className="text-sm text-slate-600">
          {entries.length} {entries.length === 1 ? 'term' : 'terms'}.
        </span>
      </div>
      {problem && (
        <AlertBox className="flex items-start gap-3 p-3">
          <p className="flex-1">{problem}</p>
          <Button variant="ghost" className="py-0.5" onClick={() => setProblem(null)}>
            Dismiss
          </Button>
        </AlertBox>
      )}
      {entries.length === 0 ? (
        <EmptyState />
      ) : (
        <YourTermsTable entries={entries} labelsById={labelsById} onRemove={removeTerm} />
      )}
      <MutedTerms entries={everyEntry} />
    </div>
  );
}

/** Export (what is stored at that moment) and Remove (with Undo). */
function useTermActions() {
  const toast = useToast();
  const remove = useRemovePersonalTerm();
  const restore = useRestorePersonalTerm();
  const exportTerms = async () => {
    try {
      // Read at the moment of export, so the file holds exactly what is stored.
      const stored = await listPersonalLexicon();
      downloadBlob(
        new Blob([serializeLexiconFile(stored)], { type: 'application/json' }),
        `framelens-your-terms-${localIsoDate()}.json`,
      );
      toast.show({
        message: `Exported ${stored.length} ${stored.length === 1 ? 'term' : 'terms'}.`,
        tone: 'success',
      });
    } catch (error) {
      toast.show({ message: `Nothing was exported: ${errorText(error)}`, tone: 'error' });
    }
  };

  const removeTerm = (entry: PersonalLexiconEntry) =>
    remove.mutate(entry.id, {
      onSuccess: () =>
        toast.show({
          message: `Removed “${entry.canonical}” from your terms.`,
          tone: 'success',
          action: {
            label: 'Undo',
            onAction: () =>
              restore.mutate(entry, {
                onError: (error) =>
                  toast.show({ message: `Not restored: ${errorText(error)}`, tone: 'error' }),
              }),
          },
        }),
      onError: (error) =>
        toast.show({ message: `Not removed: ${errorText(error)}`, tone: 'error' }),
    });

  return { exportTerms, removeTerm };
}
