import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';

export interface NameDialogProps {
  open: boolean;
  saving: boolean;
  error: string | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/** Asked once: assignments name their teacher, hand-ins their student. */
export function NameDialog({ open, saving, error, onSubmit, onCancel }: NameDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
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
      setLocalError('Type your name (or initials): the class sees who made each file.');
      return;
    }
    setLocalError(null);
    onSubmit(name);
  };

  const message = localError ?? error;
  return (
    <dialog
      ref={ref}
      aria-labelledby="classroom-name-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form onSubmit={submit} className="flex flex-col gap-3 p-5" noValidate>
        <h2 id="classroom-name-title" className="text-lg font-semibold">
          What is your name?
        </h2>
        <p className="text-sm text-slate-600">
          Assignments carry their teacher&apos;s name and hand-ins their student&apos;s. Your name
          stays in this browser unless you download a file.
        </p>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Your name
          <input
            className={inputClass}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            aria-invalid={Boolean(message)}
            aria-describedby={message ? 'classroom-name-error' : undefined}
          />
        </label>
        {message && (
          <p id="classroom-name-error" role="alert" className="text-sm text-red-700">
            {message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Continue'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
