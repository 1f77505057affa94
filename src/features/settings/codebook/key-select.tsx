import { useId } from 'react';
import { LABEL_KEYS } from '../../../domain/codebook/edit-codebook';
import type { Label } from '../../../domain/types';
import { inputClass } from '../../../ui/field';

interface KeySelectProps {
  label: Label;
  labels: readonly Label[];
  onChange: (key: string) => void;
}

/** Keys 1–9 or none; each option says which label holds it, so a conflict is visible first. */
export function KeySelect({ label, labels, onChange }: KeySelectProps) {
  const id = useId();
  const holders = new Map(labels.map((other) => [other.key, other]));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Key
      </label>
      <select
        id={id}
        value={label.key}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      >
        <option value="">None</option>
        {LABEL_KEYS.map((key) => {
          const holder = holders.get(key);
          return (
            <option key={key} value={key}>
              {holder && holder.id !== label.id ? `${key} — ${holder.name}` : key}
            </option>
          );
        })}
      </select>
    </div>
  );
}
