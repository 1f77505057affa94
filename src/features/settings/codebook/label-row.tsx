import { useId, useState } from 'react';
import {
  moveLabel,
  recolorLabel,
  renameLabel,
  setLabelCategory,
  setLabelDescription,
  setLabelKey,
} from '../../../domain/codebook/edit-codebook';
import type { Label } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { ColorField } from './color-field';
import { InlineTextField } from './inline-text-field';
import { KeySelect } from './key-select';
import { useCommitCodebookEdit } from './use-commit-codebook-edit';
import { FieldError } from '../../../ui/alert';

interface LabelRowProps {
  label: Label;
  index: number;
  labels: readonly Label[];
  onDelete: (label: Label) => void;
}

export function LabelRow({ label, index, labels, onDelete }: LabelRowProps) {
  const commit = useCommitCodebookEdit();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const upId = `${id}-up`;
  const downId = `${id}-down`;
  const isFirst = index === 0;
  const isLast = index === labels.length - 1;

  // Text fields show their own errors; the row shows those of the key, colour and moves.
  const run = async (edit: Parameters<typeof commit>[0]) => {
    const problem = await commit(edit);
    setError(problem);
    return problem;
  };

  const move = async (direction: -1 | 1) => {
    if ((await run((codebook) => moveLabel(codebook, label.id, direction))) !== null) return;
    // The row has moved in the list; keep focus on a move button that still makes sense.
    const newIndex = index + direction;
    const edge = newIndex === 0 ? downId : newIndex === labels.length - 1 ? upId : null;
    const target = edge ?? (direction < 0 ? upId : downId);
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };

  const railButton =
    'inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-600 hover:bg-slate-200 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent';

  return (
    <li>
      <div
        role="group"
        aria-label={label.name}
        className="flex gap-3 rounded-md border border-slate-200 bg-white p-3"
      >
        <div className="flex flex-col items-center gap-1 pt-4">
          <button
            type="button"
            id={upId}
            className={railButton}
            disabled={isFirst}
            onClick={() => void move(-1)}
            aria-label={`Move “${label.name}” up`}
            title="Move up"
          >
            <span aria-hidden="true">↑</span>
          </button>
          <span className="text-xs font-semibold text-slate-500 tabular-nums" aria-hidden="true">
            {index + 1}
          </span>
          <button
            type="button"
            id={downId}
            className={railButton}
            disabled={isLast}
            onClick={() => void move(1)}
            aria-label={`Move “${label.name}” down`}
            title="Move down"
          >
            <span aria-hidden="true">↓</span>
          </button>
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <div className="flex flex-wrap items-start gap-3">
            <ColorField
              label="Colour"
              value={label.color}
              onCommit={(color) => run((codebook) => recolorLabel(codebook, label.id, color))}
            />
            <InlineTextField
              label="Name"
              value={label.name}
              className="min-w-48 flex-1"
              aside={
                <span className="text-xs text-slate-500">
                  id <code>{label.id}</code>
                </span>
              }
              onCommit={(name) => commit((codebook) => renameLabel(codebook, label.id, name))}
            />
            <div className="w-40">
              <KeySelect
                label={label}
                labels={labels}
                onChange={(key) => void run((codebook) => setLabelKey(codebook, label.id, key))}
              />
            </div>
            <InlineTextField
              label="Category"
              value={label.category}
              className="w-48"
              placeholder="e.g. Name calling"
              onCommit={(category) =>
                commit((codebook) => setLabelCategory(codebook, label.id, category))
              }
            />
            <div className="pt-5">
              <Button
                variant="ghost"
                className="text-red-700 hover:bg-red-50"
                disabled={labels.length === 1}
                title={labels.length === 1 ? 'A codebook needs at least one label.' : undefined}
                onClick={() => onDelete(label)}
                aria-label={`Delete “${label.name}”…`}
              >
                Delete…
              </Button>
            </div>
          </div>
          <InlineTextField
            label="Description"
            value={label.description}
            multiline
            placeholder="What this label marks, with examples"
            onCommit={(description) =>
              commit((codebook) => setLabelDescription(codebook, label.id, description))
            }
          />
          {error && <FieldError>{error}</FieldError>}
        </div>
      </div>
    </li>
  );
}
