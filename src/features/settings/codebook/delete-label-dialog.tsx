import { useId, useState } from 'react';
import { useLexicon } from '../../../db';
import type { Label } from '../../../domain/types';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { inputClass } from '../../../ui/field';
import { useToast } from '../../../ui/toast-context';
import { useDeleteLabel } from '../api/codebook-mutations';
import { useLabelUsage } from '../api/label-usage-query';
import { errorText } from '../../../ui/error-text';

interface DeleteLabelDialogProps {
  label: Label;
  labels: readonly Label[];
  onClose: () => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * Mounted only while open. A label that annotations or lexicon entries use can only go once
 * a label to take them over is chosen; an unused one just needs confirming.
 */
export function DeleteLabelDialog({ label, labels, onClose }: DeleteLabelDialogProps) {
  const id = useId();
  const usage = useLabelUsage(label.id);
  const lexicon = useLexicon();
  const remove = useDeleteLabel();
  const toast = useToast();
  const [replacementId, setReplacementId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const others = labels.filter((other) => other.id !== label.id);
  const annotationCount = usage.data ?? 0;
  const lexiconCount = (lexicon.data ?? []).filter((entry) => entry.labelId === label.id).length;
  const checking = usage.isPending || lexicon.isPending;
  const checkFailed = usage.isError || lexicon.isError;
  const inUse = annotationCount > 0 || lexiconCount > 0;

  const confirm = async () => {
    if (checking || remove.isPending) return;
    if (checkFailed) {
      setError('Could not check whether the label is in use, so it was not deleted.');
      return;
    }
    if (inUse && !replacementId) {
      setError('Choose the label that takes over its annotations and lexicon entries.');
      return;
    }
    const replacement = others.find((other) => other.id === replacementId);
    try {
      await remove.mutateAsync({
        labelId: label.id,
        replacementLabelId: inUse ? replacementId : null,
      });
      toast.show({
        message: replacement
          ? `Deleted “${label.name}”; its annotations and entries now use “${replacement.name}”.`
          : `Deleted the label “${label.name}”.`,
        tone: 'success',
      });
      onClose();
    } catch (caught) {
      const message = `Not deleted: ${errorText(caught)}`;
      setError(message);
      toast.show({ message, tone: 'error' });
    }
  };

  return (
    <ConfirmDialog
      open
      title={`Delete the label “${label.name}”?`}
      confirmLabel={remove.isPending ? 'Deleting…' : inUse ? 'Move and delete' : 'Delete label'}
      danger
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <div className="flex flex-col gap-3">
        {checking && <p role="status">Checking whether anything uses this label…</p>}
        {!checking && !inUse && !checkFailed && (
          <p>No annotation or lexicon entry uses “{label.name}”. Deleting it cannot be undone.</p>
        )}
        {!checking && inUse && (
          <>
            <p>
              “{label.name}” is used by {plural(annotationCount, 'annotation', 'annotations')} and{' '}
              {plural(lexiconCount, 'lexicon entry', 'lexicon entries')}. Choose the label they move
              to; then “{label.name}” is deleted.
            </p>
            <div className="flex flex-col gap-1">
              <label htmlFor={id} className="font-medium text-slate-800">
                Move them to
              </label>
              <select
                id={id}
                value={replacementId}
                onChange={(event) => {
                  setReplacementId(event.target.value);
                  setError(null);
                }}
                className={inputClass}
              >
                <option value="">Choose a label…</option>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.key ? `${other.name} (key ${other.key})` : other.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {error && (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        )}
      </div>
    </ConfirmDialog>
  );
}
