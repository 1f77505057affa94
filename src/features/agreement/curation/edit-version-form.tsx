import { useState, type FormEvent } from 'react';
import type { Actor, Label, Voice } from '../../../domain/types';
import { Button } from '../../../ui/button';
import { Field, inputClass } from '../../../ui/field';
import { parseValence, type AcceptedVersion } from './curation-plan';

const VOICES: { value: Voice; name: string }[] = [
  { value: 'own', name: 'own (the outlet’s words)' },
  { value: 'quoted', name: 'quoted' },
  { value: 'attributed', name: 'attributed' },
];

const NO_TARGET = '';

/** Edits the picked version before accepting it (its words stay the version's). */
export function EditVersionForm({
  initial,
  labels,
  actors,
  saving,
  onAccept,
  onCancel,
}: {
  initial: AcceptedVersion;
  labels: readonly Label[];
  actors: readonly Actor[];
  saving: boolean;
  onAccept: (version: AcceptedVersion) => void;
  onCancel: () => void;
}) {
  const [labelId, setLabelId] = useState(initial.labelId);
  const [target, setTarget] = useState(initial.target ?? NO_TARGET);
  const [voice, setVoice] = useState<Voice>(initial.voice);
  const [valence, setValence] = useState(String(initial.valence));
  const [note, setNote] = useState(initial.note);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseValence(valence);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    const chosenTarget = target === NO_TARGET ? null : target;
    onAccept({ ...initial, labelId, target: chosenTarget, voice, valence: parsed.value, note });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Edit the version"
      className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2"
    >
      <Field label="Label">
        {(field) => (
          <select
            {...field}
            className={inputClass}
            value={labelId}
            onChange={(e) => setLabelId(e.target.value)}
          >
            {labels.map((label) => (
              <option key={label.id} value={label.id}>
                {label.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Target">
        {(field) => (
          <select
            {...field}
            className={inputClass}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value={NO_TARGET}>No particular actor</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Voice">
        {(field) => (
          <select
            {...field}
            className={inputClass}
            value={voice}
            onChange={(e) => setVoice(e.target.value as Voice)}
          >
            {VOICES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Valence" hint="−2 hostile … +2 sympathetic" error={error ?? undefined}>
        {(field) => (
          <input
            {...field}
            type="number"
            min={-2}
            max={2}
            step={1}
            className={inputClass}
            value={valence}
            onChange={(e) => setValence(e.target.value)}
          />
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field label="Note">
          {(field) => (
            <textarea
              {...field}
              dir="auto"
              rows={2}
              className={inputClass}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" variant="primary" disabled={saving}>
          Accept edited version
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
