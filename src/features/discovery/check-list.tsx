import type { ReactNode } from 'react';

export interface CheckOption {
  id: string;
  /** Imported text (a name, a title). */
  name: string;
  /** Shown after the name: an outlet, a count. */
  hint: string;
}

interface CheckListProps {
  legend: string;
  options: readonly CheckOption[];
  /** The chosen ids; null = every option. */
  choice: readonly string[] | null;
  onChange: (choice: readonly string[] | null) => void;
}

function toggled(chosen: readonly string[], id: string, order: readonly string[]) {
  const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
  return next.length === 0 ? chosen : order.filter((other) => next.includes(other));
}

/** A fieldset of checkboxes; the last one chosen cannot be unticked. */
export function CheckList({ legend, options, choice, onChange }: CheckListProps) {
  const order = options.map((option) => option.id);
  const chosen = choice === null ? order : order.filter((id) => choice.includes(id));
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
        <span>{legend}</span>
        <span className="text-xs font-normal text-slate-500">
          <span className="sr-only">: </span>
          {chosen.length} of {options.length}
        </span>
      </legend>
      <div className="flex max-h-52 flex-col gap-0.5 overflow-y-auto pr-1">
        {options.map((option) => {
          const checked = chosen.includes(option.id);
          const last = checked && chosen.length === 1;
          return (
            <label
              key={option.id}
              className="flex items-baseline gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100"
              title={last ? 'At least one must stay chosen' : undefined}
            >
              <input
                type="checkbox"
                className="translate-y-0.5"
                checked={checked}
                disabled={last}
                onChange={() => onChange(toggled(chosen, option.id, order))}
              />
              <span className="min-w-0 flex-1">
                <span dir="auto">{option.name}</span>{' '}
                <span className="text-xs text-slate-500">{option.hint}</span>
              </span>
            </label>
          );
        })}
      </div>
      {choice !== null && (
        <div className="pt-1">
          <AllButton onClick={() => onChange(null)}>Choose all</AllButton>
        </div>
      )}
    </fieldset>
  );
}

function AllButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="text-xs text-blue-700 underline" onClick={onClick}>
      {children}
    </button>
  );
}
