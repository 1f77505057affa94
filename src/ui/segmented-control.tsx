interface SegmentedControlProps<T extends string> {
  /** Names the group for screen readers: "Per-outlet rates view". */
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/** A row of toggle buttons of which exactly one is pressed (Chart | Table, Counts | Rates). */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  className = '',
}: SegmentedControlProps<T>) {
  return (
    <div
      role="group"
      aria-label={label}
      className={`inline-flex overflow-hidden rounded-md border border-slate-300 bg-white text-xs font-medium ${className}`}
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
          className={`px-2.5 py-1 not-first:border-l not-first:border-slate-300 ${option.value === value ? 'bg-slate-800 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
