import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { discoveryPath } from '../../../ui/paths';
import { listLexicon, useCodebook, useLexicon } from '../../../db';
import { lexiconFileName, serializeLexiconFile } from '../../../domain/lexicon/lexicon-file';
import type { Label, LexiconEntry } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { inputClass } from '../../../ui/field';
import { useToast } from '../../../ui/toast-context';
import { useDeleteLexiconEntry, useSaveLexiconEntry } from '../api/lexicon-mutations';
import { errorText } from '../../../ui/error-text';
import { SettingsSection } from '../settings-section';
import { downloadBlob } from '../../../ui/download-file';
import { LexiconEntryForm } from './lexicon-entry-form';
import { LexiconImport } from './lexicon-import';
import { LexiconTable } from './lexicon-table';
import { filterLexicon, makeSearchable } from './search-lexicon';
import { AlertBox, ErrorLine } from '../../../ui/alert';
import { SearchField } from '../../../ui/search-field';

type Editing = { entry: LexiconEntry | null } | null;

export function LexiconSection() {
  const lexicon = useLexicon();
  const codebook = useCodebook();
  return (
    <SettingsSection
      id="lexicon"
      title="Lexicon"
      description="The terms FrameLens suggests while you annotate. Each entry lists the forms that match, the label and valence it proposes, and the canonical form counted in the framing summary."
    >
      <Link href={discoveryPath()} className="text-sm text-blue-700 underline">
        Candidate loaded terms
      </Link>
      {lexicon.isPending || codebook.isPending ? (
        <p role="status">Loading the lexicon…</p>
      ) : lexicon.isError || codebook.isError ? (
        <ErrorLine>
          Could not read the lexicon: {(lexicon.error ?? codebook.error)?.message}
        </ErrorLine>
      ) : (
        <LexiconEditor entries={lexicon.data} labels={codebook.data.labels} />
      )}
    </SettingsSection>
  );
}

function LexiconEditor({
  entries,
  labels,
}: {
  entries: readonly LexiconEntry[];
  labels: readonly Label[];
}) {
  const filterId = useId();
  const toast = useToast();
  const remove = useDeleteLexiconEntry();
  const restore = useSaveLexiconEntry();
  const [query, setQuery] = useState('');
  const [chosenLabel, setChosenLabel] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [scrollToId, setScrollToId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);

  const labelsById = useMemo(() => new Map(labels.map((label) => [label.id, label])), [labels]);
  // A label deleted meanwhile (here or in another tab) stops filtering.
  const labelFilter = labelsById.has(chosenLabel) ? chosenLabel : '';
  const searchable = useMemo(() => makeSearchable(entries), [entries]);
  const shown = useMemo(
    () => filterLexicon(searchable, deferredQuery, labelFilter),
    [searchable, deferredQuery, labelFilter],
  );
  const existingIds = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const filtering = query.trim() !== '' || labelFilter !== '';

  const exportLexicon = async () => {
    try {
      // Read at the moment of export, so the file holds exactly what is stored.
      const stored = await listLexicon();
      downloadBlob(
        new Blob([serializeLexiconFile(stored)], { type: 'application/json' }),
        lexiconFileName(new Date()),
      );
      toast.show({
        message: `Exported ${stored.length} lexicon ${stored.length === 1 ? 'entry' : 'entries'}.`,
        tone: 'success',
      });
    } catch (error) {
      toast.show({ message: `Nothing was exported: ${errorText(error)}`, tone: 'error' });
    }
  };

  const deleteEntry = async (entry: LexiconEntry) => {
    try {
      await remove.mutateAsync(entry);
      if (editing?.entry?.id === entry.id) setEditing(null);
      toast.show({
        message: `Deleted the lexicon entry “${entry.pattern}”.`,
        tone: 'success',
        action: {
          label: 'Undo',
          onAction: () =>
            restore.mutate(entry, {
              onError: (error) =>
                toast.show({ message: `Not restored: ${errorText(error)}`, tone: 'error' }),
            }),
        },
      });
    } catch (error) {
      toast.show({ message: `Not deleted: ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-3">
        <SearchField
          label="Search the lexicon"
          value={query}
          onChange={setQuery}
          placeholder="Pattern, form, canonical or note"
          className="flex min-w-56 flex-1 flex-col gap-1"
          labelClassName="text-sm font-medium text-slate-800"
        />
        <div className="flex w-52 flex-col gap-1">
          <label htmlFor={filterId} className="text-sm font-medium text-slate-800">
            Label
          </label>
          <select
            id={filterId}
            value={labelFilter}
            onChange={(event) => setChosenLabel(event.target.value)}
            className={inputClass}
          >
            <option value="">All labels</option>
            {labels.map((label) => (
              <option key={label.id} value={label.id}>
                {label.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => setEditing({ entry: null })}>
            Add entry
          </Button>
          <Button onClick={() => void exportLexicon()}>Export lexicon</Button>
          <LexiconImport onProblem={setProblem} />
        </div>
      </div>

      {problem && (
        <AlertBox className="flex items-start gap-3 p-3">
          <p className="flex-1">{problem}</p>
          <Button variant="ghost" className="py-0.5" onClick={() => setProblem(null)}>
            Dismiss
          </Button>
        </AlertBox>
      )}

      {editing && (
        <LexiconEntryForm
          key={editing.entry?.id ?? 'new'}
          entry={editing.entry}
          labels={labels}
          existingIds={existingIds}
          defaultLabelId={labelFilter || labels[0]?.id || ''}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setScrollToId(saved.id);
          }}
        />
      )}

      <p role="status" className="text-sm text-slate-600">
        {filtering
          ? `Showing ${shown.length} of ${entries.length} entries.`
          : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}.`}
      </p>
      <LexiconTable
        entries={shown}
        labelsById={labelsById}
        scrollToId={scrollToId}
        onEdit={(entry) => setEditing({ entry })}
        onDelete={(entry) => void deleteEntry(entry)}
      />
    </div>
  );
}
