import type { Label } from '../../domain/types';

interface Props {
  labels: Label[];
  /** The label of the selected annotation, highlighted in the palette. */
  activeLabelId: string | null;
  enabled: boolean;
  onPick: (labelId: string) => void;
}

/** One button per label: swatch, key and name (colour is never the only cue). */
export function LabelPalette({ labels, activeLabelId, enabled, onPick }: Props) {
  return (
    <div role="group" aria-label="Labels" className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
      {labels.map((label) => {
        const active = label.id === activeLabelId;
        return (
          <button
            key={label.id}
            type="button"
            disabled={!enabled}
            aria-pressed={active}
            aria-keyshortcuts={label.key || undefined}
            title={label.description}
            onClick={() => onPick(label.id)}
            className={`flex items-center gap-2 rounded-md border px-2 py-1.5 text-left text-sm disabled:cursor-not-allowed disabled:opacity-50 ${active ? 'border-slate-900 bg-slate-100 font-semibold' : 'border-slate-300 bg-white hover:bg-slate-50'}`}
          >
            <span
              aria-hidden="true"
              className="h-4 w-4 shrink-0 rounded-sm border border-slate-500"
              style={{ backgroundColor: label.color }}
            />
            {label.key && (
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs text-slate-700">
                {label.key}
              </kbd>
            )}
            <span className="truncate">{label.name}</span>
          </button>
        );
      })}
    </div>
  );
}
