import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { inputClass } from '../../../ui/field';
import { FieldError } from '../../../ui/alert';

interface InlineTextFieldProps {
  label: string;
  /** The saved value. */
  value: string;
  /** Saves the new value; resolves to an error message, or null once saved. */
  onCommit: (next: string) => Promise<string | null>;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  /** Shown at the right of the label (e.g. the record's id). */
  aside?: ReactNode;
}

/**
 * A text field that saves when it loses focus or on Enter (Ctrl+Enter in a text area); Esc
 * puts the saved value back. What is typed stays visible, marked invalid, until it is saved.
 */
export function InlineTextField({
  label,
  value,
  onCommit,
  multiline,
  placeholder,
  className = '',
  aside,
}: InlineTextFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const commit = async () => {
    if (draft === null || saving) return;
    if (draft === value) {
      setDraft(null);
      setError(null);
      return;
    }
    const committed = draft;
    setSaving(true);
    const problem = await onCommit(committed);
    setSaving(false);
    setError(problem);
    // Keep anything typed while the save was running.
    if (!problem) setDraft((current) => (current === committed ? null : current));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void commit();
    }
  };

  const shared = {
    id,
    value: draft ?? value,
    placeholder,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: () => void commit(),
    onKeyDown,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? messageId : undefined,
  };

  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-slate-600">
          {label}
        </label>
        {saving ? <span className="text-xs text-slate-500">Saving…</span> : aside}
      </div>
      {multiline ? (
        <textarea {...shared} rows={2} className={`${inputClass} resize-y`} />
      ) : (
        <input {...shared} type="text" className={inputClass} />
      )}
      {error && <FieldError id={messageId}>{error}</FieldError>}
    </div>
  );
}
