import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from './button';
import { inputClass } from './field';

export interface NameDialogProps {
  open: boolean;
  saving: boolean;
  error: string | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** What the dialog says: each place that asks for a name says why it needs one. */
export interface NameDialogTexts {
  title: string;
  explanation: string;
  /** Shown when the field is submitted empty. */
  emptyMessage: string;
  submitLabel: string;
}

/** Asks for the person's name once (a modal dialog; Escape cancels). */
export function NameDialog({
  open,
  saving,
  error,
  onSubmit,
  onCancel,
  texts,
}: NameDialogProps & { texts: NameDialogTexts }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setLocalError(texts.emptyMessage);
      return;
    }
    setLocalError(null);
    onSubmit(name);
  };

  const message = localError ?? error;
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={submit} className="flex flex-col gap-3 p-5" noValidate>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {texts.title}
        </h2>
        <p className="text-sm text-slate-600">{texts.explanation}</p>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Your name
          <input
            className={inputClass}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            aria-invalid={Boolean(message)}
            aria-describedby={message ? `${id}-error` : undefined}
          />
        </label>
        {message && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? 'Saving…' : texts.submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
