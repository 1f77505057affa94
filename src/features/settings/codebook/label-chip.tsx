import type { Label } from '../../../domain/types';

export function LabelSwatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3.5 w-3.5 shrink-0 rounded-sm border border-black/20"
      style={{ backgroundColor: color }}
    />
  );
}

function KeyBadge({ labelKey }: { labelKey: string }) {
  return (
    <>
      <span className="sr-only">, key</span>{' '}
      <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs text-slate-600">
        {labelKey}
      </kbd>
    </>
  );
}

/** A label as people see it everywhere: colour, name and key, so colour is never the only cue. */
export function LabelChip({ label }: { label: Pick<Label, 'name' | 'color' | 'key'> }) {
  return (
    <span className="inline-flex max-w-full items-baseline gap-1.5">
      <span className="translate-y-0.5">
        <LabelSwatch color={label.color} />
      </span>
      <span className="min-w-0 break-words">
        {label.name}
        {label.key && <KeyBadge labelKey={label.key} />}
      </span>
    </span>
  );
}
