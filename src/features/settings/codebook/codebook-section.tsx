import { useIsMutating } from '@tanstack/react-query';
import { useCodebook } from '../../../db';
import { codebookEditKey } from '../api/codebook-mutations';
import { SettingsSection } from '../settings-section';
import { ActorsEditor } from './actors-editor';
import { LabelsEditor } from './labels-editor';
import { ErrorLine } from '../../../ui/alert';

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}

function SaveStatus({ version, updatedAt }: { version: number; updatedAt: string }) {
  const saving = useIsMutating({ mutationKey: codebookEditKey }) > 0;
  return (
    <p role="status" className="text-sm text-slate-600" data-testid="codebook-status">
      {saving ? 'Saving…' : `Version ${version}, saved ${formatSavedAt(updatedAt)}`}
    </p>
  );
}

export function CodebookSections() {
  const codebook = useCodebook();

  if (codebook.isPending) return <p role="status">Loading the codebook…</p>;
  if (codebook.isError) {
    return <ErrorLine>Could not read the codebook: {codebook.error.message}</ErrorLine>;
  }
  const { labels, actors, name, version, updatedAt } = codebook.data;

  return (
    <>
      <SettingsSection
        id="labels"
        title="Labels"
        description={
          <>
            The labels of the codebook “{name}”. Each change is saved when you leave the field or
            press Enter; Esc undoes what you typed. Keys 1–9 apply a label while annotating.
          </>
        }
        aside={<SaveStatus version={version} updatedAt={updatedAt} />}
      >
        <LabelsEditor labels={labels} />
      </SettingsSection>
      <SettingsSection
        id="actors"
        title="Actors"
        description="Who an annotated word is about (its target). Aliases are the names that point to an actor in a sentence; the annotator suggests the nearest one."
      >
        <ActorsEditor actors={actors} />
      </SettingsSection>
    </>
  );
}
