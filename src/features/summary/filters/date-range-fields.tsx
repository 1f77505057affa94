import { useId } from 'react';
import { inputClass } from '../../../ui/field';
import { dateError } from './filter-state';

interface DateRangeFieldsProps {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const error = dateError(value);
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="2024-09"
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} py-1`}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** Publication date range; partial dates ("2024", "2024-09") stand for the whole period. */
export function DateRangeFields({ from, to, onChange }: DateRangeFieldsProps) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold text-slate-800">Published</legend>
      <div className="flex gap-2">
        <DateField label="From" value={from} onChange={(value) => onChange({ from: value, to })} />
        <DateField label="To" value={to} onChange={(value) => onChange({ from, to: value })} />
      </div>
      <p className="text-xs text-slate-500">
        2024, 2024-09 or 2024-09-30. Undated articles are left out once a bound is set.
      </p>
    </fieldset>
  );
}
