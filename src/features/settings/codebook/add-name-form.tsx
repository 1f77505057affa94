import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../ui/button';
import { inputClass } from '../../../ui/field';
import { useToast } from '../../../ui/toast-context';

interface AddNameFormProps {
  label: string;
  placeholder: string;
  submitLabel: string;
  hint?: string;
  /** Resolves to an error message, or null once saved. */
  onAdd: (name: string) => Promise<string | null>;
  successMessage: (name: string) => string;
}

/** One text box and a button: "New label name" / "New actor name". */
export function AddNameForm({
  label,
  placeholder,
  submitLabel,
  hint,
  onAdd,
  successMessage,
}: AddNameFormProps) {
  const id = useId();
  const toast = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const problem = await onAdd(name);
    setSaving(false);
    setError(problem);
    if (problem) return;
    toast.show({ message: successMessage(name.trim().replace(/\s+/g, ' ')), tone: 'success' });
    setName('');
  };

  const message = error ?? hint;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={placeholder}
          className={`${inputClass} max-w-sm`}
          aria-invalid={Boolean(error)}
          aria-describedby={message ? `${id}-message` : undefined}
        />
        <Button type="submit" variant="primary" disabled={saving}>
          {submitLabel}
        </Button>
      </div>
      {message && (
        <p
          id={`${id}-message`}
          role={error ? 'alert' : undefined}
          className={`text-sm ${error ? 'text-red-700' : 'text-slate-500'}`}
        >
          {message}
        </p>
      )}
    </form>
  );
}
