import { useState } from 'react';
import type { Actor, Annotation, Label, Voice } from '../../domain/types';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';

interface Props {
  annotation: Annotation;
  labels: Label[];
  actors: Actor[];
  annotatorName: string;
  readOnly: boolean;
  onChange: (
    patch: Partial<Pick<Annotation, 'labelId' | 'target' | 'valence' | 'voice' | 'note'>>,
  ) => void;
  onDelete: () => void;
  onClose: () => void;
}

const voices: { value: Voice; label: string; hint: string }[] = [
  { value: 'own', label: 'Own', hint: "the outlet's own words" },
  { value: 'quoted', label: 'Quoted', hint: 'inside quotation marks or an embedded post' },
  { value: 'attributed', label: 'Attributed', hint: 'a reported designation ("designated as")' },
];

const valences = [
  { value: -2, label: '−2', hint: 'hostile' },
  { value: -1, label: '−1', hint: 'negative' },
  { value: 0, label: '0', hint: 'neutral' },
  { value: 1, label: '+1', hint: 'positive' },
  { value: 2, label: '+2', hint: 'sympathetic' },
];

export function AnnotationEditor({
  annotation,
  labels,
  actors,
  annotatorName,
  readOnly,
  onChange,
  onDelete,
  onClose,
}: Props) {
  const [note, setNote] = useState(annotation.note);
  const [noteFor, setNoteFor] = useState(annotation.id);
  // A different annotation (or a change from another tab) resets the draft.
  if (noteFor !== annotation.id) {
    setNoteFor(annotation.id);
    setNote(annotation.note);
  }
  const commitNote = () => {
    if (note !== annotation.note) onChange({ note });
  };

  return (
    <section
      aria-label="Selected annotation"
      className="flex flex-col gap-3 rounded-md border border-blue-300 bg-blue-50/40 p-3"
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-serif text-base" dir="auto">
          “<span data-testid="selected-quote">{annotation.exact}</span>”
        </p>
        <Button variant="ghost" onClick={onClose} aria-label="Close (Esc)" title="Close (Esc)">
          ×
        </Button>
      </div>
      <p className="text-xs text-slate-600">
        By {annotatorName}
        {readOnly && ' — read-only: only its annotator can change it'}
      </p>
      <fieldset disabled={readOnly} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Label
          <select
            className={inputClass}
            value={annotation.labelId}
            onChange={(event) => onChange({ labelId: event.target.value })}
          >
            {labels.map((label) => (
              <option key={label.id} value={label.id}>
                {label.key ? `${label.key} · ` : ''}
                {label.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Target (who the word is about)
          <select
            className={inputClass}
            value={annotation.target ?? ''}
            onChange={(event) =>
              onChange({ target: event.target.value === '' ? null : event.target.value })
            }
          >
            <option value="">No particular actor</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Valence toward the target</legend>
          <div className="flex flex-wrap gap-1">
            {valences.map((option) => (
              <label
                key={option.value}
                title={option.hint}
                className={`cursor-pointer rounded-md border px-2 py-1 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700 ${annotation.valence === option.value ? 'border-slate-900 bg-slate-800 text-white' : 'border-slate-300 bg-white'}`}
              >
                <input
                  type="radio"
                  name={`valence-${annotation.id}`}
                  value={option.value}
                  checked={annotation.valence === option.value}
                  onChange={() => onChange({ valence: option.value })}
                  className="sr-only"
                  aria-label={`${option.label} ${option.hint}`}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Voice</legend>
          {voices.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`voice-${annotation.id}`}
                value={option.value}
                checked={annotation.voice === option.value}
                onChange={() => onChange({ voice: option.value })}
              />
              <span>
                {option.label} <span className="text-slate-500">— {option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Note
          <textarea
            className={inputClass}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onBlur={commitNote}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commitNote();
            }}
          />
        </label>
        <div className="flex justify-between gap-2">
          <Button variant="danger" onClick={onDelete} aria-keyshortcuts="Delete">
            Delete
          </Button>
          {note !== annotation.note && (
            <Button variant="primary" onClick={commitNote}>
              Save note
            </Button>
          )}
        </div>
      </fieldset>
    </section>
  );
}
