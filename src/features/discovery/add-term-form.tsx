import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Label } from '../../domain/types';
import { ErrorLine } from '../../ui/alert';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';
import { useAddDiscoveredTerm } from './api/use-add-term';

const DEFAULT_LABEL = 'loaded-language';
const DEFAULT_VALENCE = -1;
const VALENCES = [
  [-2, '−2 hostile'],
  [-1, '−1 negative'],
  [0, '0 neutral'],
  [1, '+1 positive'],
  [2, '+2 sympathetic'],
] as const;

interface AddTermFormProps {
  term: string;
  z: number;
  labels: readonly Label[];
  onClose: () => void;
}

/** Label and valence, prefilled: "Add" with the defaults is enough. */
export function AddTermForm({ term, z, labels, onClose }: AddTermFormProps) {
  const first = useRef<HTMLSelectElement>(null);
  const add = useAddDiscoveredTerm();
  const [labelId, setLabelId] = useState(
    labels.some((label) => label.id === DEFAULT_LABEL) ? DEFAULT_LABEL : (labels[0]?.id ?? ''),
  );
  const [valence, setValence] = useState<number>(DEFAULT_VALENCE);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ term, z, labelId, valence });
  };
  return (
    <form
      aria-label={`Add “${term}” to your lexicon`}
      className="flex flex-wrap items-end gap-2"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <SmallSelect
        name="Label"
        selectRef={first}
        value={labelId}
        options={labels.map((label) => [label.id, label.name] as const)}
        onChange={setLabelId}
      />
      <SmallSelect
        name="Valence"
        value={String(valence)}
        options={VALENCES.map(([value, name]) => [String(value), name] as const)}
        onChange={(value) => setValence(Number(value))}
      />
      <Button type="submit" variant="primary" disabled={add.isPending || labelId === ''}>
        Add
      </Button>
      <Button onClick={onClose}>Cancel</Button>
      {add.isError && (
        <ErrorLine small>
          Could not add “{term}”: {add.error.message}
        </ErrorLine>
      )}
    </form>
  );
}

interface SmallSelectProps {
  name: string;
  value: string;
  options: readonly (readonly [value: string, name: string])[];
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

function SmallSelect({ name, value, options, onChange, selectRef }: SmallSelectProps) {
  const id = useId();
  return (
    <label className="flex flex-col text-xs text-slate-600" htmlFor={id}>
      {name}
      <select
        id={id}
        ref={selectRef}
        className={inputClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map(([optionValue, optionName]) => (
          <option key={optionValue} value={optionValue}>
            {optionName}
          </option>
        ))}
      </select>
    </label>
  );
}
