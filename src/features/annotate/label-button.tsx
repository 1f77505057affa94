import type { Label } from '../../domain/types';

interface Props {
  label: Label;
  active: boolean;
  enabled: boolean;
  onPick: (labelId: string) => void;
  /** Size and wrapping, which differ between the sidebar palette and the phone sheet. */
  className: string;
  nameClassName: string;
  describedBy?: string;
}

/** A label's button: swatch, key and name, so that colour is never the only cue. */
export function LabelButton({
  label,
  active,
  enabled,
  onPick,
  className,
  nameClassName,
  describedBy,
}: Props) {
  return (
    <button
      type="button"
      disabled={!enabled}
      aria-pressed={active}
      aria-keyshortcuts={label.key || undefined}
      aria-describedby={describedBy}
      onClick={() => onPick(label.id)}
      className={`flex items-center gap-2 rounded-md border px-2 text-left text-sm disabled:cursor-not-allowed disabled:opacity-50 ${className} ${active ? 'border-slate-900 bg-slate-100 font-semibold' : 'border-slate-300 bg-white hover:bg-slate-50'}`}
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
      <span className={nameClassName}>{label.name}</span>
    </button>
  );
}
