import { useId } from 'react';
import { inputClass } from './field';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The label is read by screen readers only (the surrounding group names the search). */
  labelHidden?: boolean;
  /** Layout of the label and field together. */
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  onFocus?: () => void;
}

/** A labelled search box: the label above the field, or for screen readers only. */
export function SearchField({
  label,
  value,
  onChange,
  placeholder,
  labelHidden = false,
  className = 'flex flex-col gap-1',
  labelClassName = 'text-sm font-medium',
  inputClassName = inputClass,
  onFocus,
}: SearchFieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : labelClassName}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
        placeholder={placeholder}
        className={inputClassName}
      />
    </div>
  );
}
