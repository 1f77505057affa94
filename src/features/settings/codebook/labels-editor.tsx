import { useState } from 'react';
import { addLabel } from '../../../domain/codebook/edit-codebook';
import type { Label } from '../../../domain/types';
import { AddNameForm } from './add-name-form';
import { DeleteLabelDialog } from './delete-label-dialog';
import { LabelRow } from './label-row';
import { useCommitCodebookEdit } from './use-commit-codebook-edit';

interface Deleting {
  label: Label;
  /** Focus returns here when the dialog closes, if the element still exists. */
  opener: Element | null;
}

export function LabelsEditor({ labels }: { labels: readonly Label[] }) {
  const commit = useCommitCodebookEdit();
  const [deleting, setDeleting] = useState<Deleting | null>(null);

  const close = () => {
    const opener = deleting?.opener;
    setDeleting(null);
    if (opener instanceof HTMLElement) {
      requestAnimationFrame(() => {
        if (opener.isConnected) opener.focus();
      });
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <ol aria-label="Labels" className="flex flex-col gap-3">
        {labels.map((label, index) => (
          <LabelRow
            key={label.id}
            label={label}
            index={index}
            labels={labels}
            onDelete={(target) => setDeleting({ label: target, opener: document.activeElement })}
          />
        ))}
      </ol>
      <AddNameForm
        label="New label name"
        placeholder="e.g. Historical analogy"
        submitLabel="Add label"
        hint="A new label gets the first free key and an unused colour; change both afterwards."
        onAdd={(name) => commit((codebook) => addLabel(codebook, { name }))}
        successMessage={(name) => `Added the label “${name}”.`}
      />
      {deleting && <DeleteLabelDialog label={deleting.label} labels={labels} onClose={close} />}
    </div>
  );
}
