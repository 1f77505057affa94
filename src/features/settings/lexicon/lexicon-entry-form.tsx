import { useId, useState, type FormEvent } from 'react';
import { uniqueId } from '../../../domain/codebook/edit-codebook';
import {
  draftFromEntry,
  validateLexiconEntry,
  type LexiconEntryDraft,
  type LexiconEntryErrors,
} from '../../../domain/lexicon/lexicon-file';
import type { Label, LexiconEntry } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { Field, inputClass } from '../../../ui/field';
import { useToast } from '../../../ui/toast-context';
import { useSaveLexiconEntry } from '../api/lexicon-mutations';
import { errorText } from '../../../ui/error-text';
import { formatValence, VALENCES } from './valence';
import { FieldError } from '../../../ui/alert';

interface LexiconEntryFormProps {
  /** The entry being edited, or null for a new one. */
  entry: LexiconEntry | null;
  labels: readonly Label[];
  existingIds: readonly string[];
  defaultLabelId: string;
  onClose: (saved: LexiconEntry | null) => void;
}

export function LexiconEntryForm({
  entry,
  labels,
  existingIds,
  defaultLabelId,
  onClose,
}: LexiconEntryFormProps) {
  const titleId = useId();
  const save = useSaveLexiconEntry();
  const toast = useToast();
  const [draft, setDraft] = useState<LexiconEntryDraft>(() =>
    entry
      ? draftFromEntry(entry)
      : { pattern: '', forms: '', labelId: defaultLabelId, valence: '0', canonical: '', note: '' },
  );
  const [errors, setErrors] = useState<LexiconEntryErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const set = (field: keyof LexiconEntryDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const validated = validateLexiconEntry(
      draft,
      labels.map((label) => label.id),
    );
    if (!validated.ok) {
      setErrors(validated.errors);
      return;
    }
    setErrors({});
    const id = entry?.id ?? uniqueId(validated.entry.pattern, existingIds, { prefix: 'lx-' });
    try {
      const saved = await save.mutateAsync({ id, ...validated.entry });
      toast.show({ message: `Saved the lexicon entry “${saved.pattern}”.`, tone: 'success' });
      onClose(saved);
    } catch (error) {
      const message = `Not saved: ${errorText(error)}`;
      setFailure(message);
      toast.show({ message, tone: 'error' });
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      className="flex flex-col gap-4 rounded-md border border-slate-300 bg-white p-4 shadow-sm"
    >
      <h3 id={titleId} className="font-semibold">
        {entry ? `Edit “${entry.pattern}”` : 'New lexicon entry'}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Pattern" error={errors.pattern} hint="The term as people would write it.">
          {(props) => (
            <input
              {...props}
              autoFocus
              value={draft.pattern}
              onChange={(event) => set('pattern')(event.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field
          label="Canonical"
          error={errors.canonical}
          hint="The form counted in the framing summary."
        >
          {(props) => (
            <input
              {...props}
              value={draft.canonical}
              onChange={(event) => set('canonical')(event.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field label="Label" error={errors.labelId}>
          {(props) => (
            <select
              {...props}
              value={draft.labelId}
              onChange={(event) => set('labelId')(event.target.value)}
              className={inputClass}
            >
              {!labels.some((label) => label.id === draft.labelId) && (
                <option value={draft.labelId}>Choose a label…</option>
              )}
              {labels.map((label) => (
                <option key={label.id} value={label.id}>
                  {label.key ? `${label.name} (key ${label.key})` : label.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Valence" error={errors.valence} hint="Toward the party the word is about.">
          {(props) => (
            <select
              {...props}
              value={draft.valence}
              onChange={(event) => set('valence')(event.target.value)}
              className={inputClass}
            >
              {VALENCES.map((valence) => (
                <option key={valence} value={String(valence)}>
                  {formatValence(valence)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="md:col-span-2">
          <Field
            label="Forms"
            error={errors.forms}
            hint="Every spelling that should match: one per line or comma-separated."
          >
            {(props) => (
              <textarea
                {...props}
                rows={4}
                value={draft.forms}
                onChange={(event) => set('forms')(event.target.value)}
                className={inputClass}
              />
            )}
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field label="Note">
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={draft.note}
                onChange={(event) => set('note')(event.target.value)}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </div>
      {failure && <FieldError>{failure}</FieldError>}
      <div className="flex justify-end gap-2">
        <Button onClick={() => onClose(null)}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save entry'}
        </Button>
      </div>
    </form>
  );
}
