import type { ReactNode } from 'react';
import { isChosen, toggleChoice } from './filter-state';

export interface ChoiceOption<T extends string> {
  id: T;
  name: string;
  /** Shown after the name (e.g. a count); `hintSpoken` is what screen readers hear instead. */
  hint?: string;
  hintSpoken?: string;
  /** A colour swatch before the name (label colours). */
  color?: string;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly ChoiceOption<T>[];
  /** null = all chosen. */
  chosen: readonly T[] | null;
  onChange: (chosen: T[] | null) => void;
  children?: ReactNode;
}

/** A list of checkboxes where everything is chosen by default and one always stays chosen. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  children,
}: CheckboxGroupProps<T>) {
  const allIds = options.map((option) => option.id);
  const chosenCount = options.filter((option) => isChosen(chosen, option.id)).length;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 flex w-full items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
        <span>{legend}</span>
        <span className="text-xs font-normal text-slate-500">
          <span className="sr-only">: </span>
          {chosen === null ? 'all' : `${chosenCount} of ${options.length}`}
        </span>
      </legend>
      <div className="flex max-h-48 flex-col gap-0.5 overflow-y-auto pr-1">
        {options.map((option) => {
          const checked = isChosen(chosen, option.id);
          return (
            <ChoiceRow
              key={option.id}
              option={option}
              checked={checked}
              last={checked && chosenCount === 1}
              onToggle={() => onChange(toggleChoice(chosen, allIds, option.id))}
            />
          );
        })}
      </div>
      {chosen !== null && (
        <button
          type="button"
          className="self-start text-xs text-blue-700 underline"
          onClick={() => onChange(null)}
        >
          Choose all {legend.toLowerCase()}
        </button>
      )}
      {children}
    </fieldset>
  );
}

/** One checkbox of a choice list; the last one chosen cannot be unticked. */
export function ChoiceRow<T extends string>({
  option,
  checked,
  last,
  onToggle,
}: {
  option: ChoiceOption<T>;
  checked: boolean;
  last: boolean;
  onToggle: () => void;
}) {
  return (
    <label
      className="flex items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100"
      title={last ? 'At least one must stay chosen' : undefined}
    >
      <input type="checkbox" checked={checked} disabled={last} onChange={onToggle} />
      {option.color && (
        <span
          aria-hidden="true"
          className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-400"
          style={{ backgroundColor: option.color }}
        />
      )}
      <span className="min-w-0 flex-1 truncate">{option.name}</span>
      {option.hint && (
        <span aria-hidden={option.hintSpoken ? true : undefined} className="text-xs text-slate-500">
          {option.hint}
        </span>
      )}
      {option.hintSpoken && <span className="sr-only">{option.hintSpoken}</span>}
    </label>
  );
}
