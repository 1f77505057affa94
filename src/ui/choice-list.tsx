import type { ReactNode } from 'react';
import { chosenIds, toggledIds } from './choice-ids';

export interface ChoiceOption {
  id: string;
  /** Imported text (a name, a title): the accessible name starts with it. */
  name: string;
  /** Shown after the name: an outlet, a count. */
  hint: string;
}

interface ChoiceListProps {
  legend: string;
  options: readonly ChoiceOption[];
  /** The person's choice; null = the default, which `byDefault` holds. */
  choice: readonly string[] | null;
  byDefault: readonly string[];
  onChange: (choice: readonly string[] | null) => void;
  /** Buttons under the list ("All", "Default"). */
  children?: ReactNode;
  /** Whether the count says "default, " while the person has not chosen (on by default). */
  marksDefault?: boolean;
}

/** A fieldset of checkboxes; the last one chosen cannot be unticked. */
export function ChoiceList({
  legend,
  options,
  choice,
  byDefault,
  onChange,
  children,
  marksDefault = true,
}: ChoiceListProps) {
  const order = options.map((option) => option.id);
  const chosen = chosenIds(choice, byDefault).filter((id) => order.includes(id));
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
        <span>{legend}</span>
        <span className="text-xs font-normal text-slate-500">
          <span className="sr-only">: </span>
          {marksDefault && choice === null ? 'default, ' : ''}
          {chosen.length} of {options.length}
        </span>
      </legend>
      <div className="flex max-h-60 flex-col gap-0.5 overflow-y-auto pr-1">
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
                onChange={() => onChange(toggledIds(chosen, option.id, order))}
              />
              <span className="min-w-0 flex-1">
                <span dir="auto">{option.name}</span>{' '}
                <span className="text-xs text-slate-500">{option.hint}</span>
              </span>
            </label>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2 pt-1">{children}</div>
    </fieldset>
  );
}

/** A small text button under a choice list. */
export function ChoiceButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="text-xs text-blue-700 underline" onClick={onClick}>
      {children}
    </button>
  );
}
