import type { Label } from '../../../domain/types';

interface Props {
  labels: Label[];
  activeLabelId: string | null;
  enabled: boolean;
  onPick: (labelId: string) => void;
}

/** The labels as finger-sized buttons (at least 44 px high): one tap labels the words. */
export function SheetLabels({ labels, activeLabelId, enabled, onPick }: Props) {
  return (
    <div role="group" aria-label="Labels" className="grid grid-cols-2 gap-1.5">
      {labels.map((label) => {
        const active = label.id === activeLabelId;
        return (
          <button
            key={label.id}
            type="button"
            disabled={!enabled}
            aria-pressed={active}
            aria-keyshortcuts={label.key || undefined}
            onClick={() => onPick(label.id)}
            className={`flex min-h-11 items-center gap-2 rounded-md border px-2 text-left text-sm leading-tight disabled:cursor-not-allowed disabled:opacity-50 ${active ? 'border-slate-900 bg-slate-100 font-semibold' : 'border-slate-300 bg-white'}`}
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
            <span className="min-w-0">{label.name}</span>
          </button>
        );
      })}
    </div>
  );
}
