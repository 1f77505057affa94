import { useEffect, useState, type RefObject } from 'react';
import { holdUnsavedDraft } from '../../db';
import type { Actor, Annotation, Label, Voice } from '../../domain/types';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';
import { KeyHint } from './keys/key-hint';
import { TargetHint } from './keys/target-hint';
import { LabelChoice } from './label-choice';

interface Props {
  annotation: Annotation;
  labels: Label[];
  actors: Actor[];
  annotatorName: string;
  readOnly: boolean;
  /** Names the article in the warning a restore in another tab gives about an unsaved note. */
  articleTitle: string;
  onChange: (patch: Partial<Pick<Annotation, 'labelId' | 'target' | 'valence' | 'voice'>>) => void;
  /** Writes the note only if the stored note is still `basedOn`. */
  onSaveNote: (note: string, basedOn: string) => Promise<'saved' | 'changed-elsewhere' | 'failed'>;
  onDelete: () => void;
  onClose: () => void;
  /** T was pressed: the keys that pick the target are shown. */
  awaitingTarget: boolean;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  /** Escape in the note: focus goes back to the article text. */
  onLeaveNote: () => void;
}

const voices: { value: Voice; label: string; hint: string; key: string }[] = [
  { value: 'own', label: 'Own', hint: "the outlet's own words", key: 'O' },
  {
    value: 'quoted',
    label: 'Quoted',
    hint: 'inside quotation marks or an embedded post',
    key: 'Q',
  },
  {
    value: 'attributed',
    label: 'Attributed',
    hint: 'a reported designation ("designated as")',
    key: 'A',
  },
];

/**
 * The note being edited: `base` is the stored note the draft started from, `seen` the stored
 * note last shown. Only a draft that differs from its base is ever written.
 */
interface NoteDraft {
  id: string;
  base: string;
  text: string;
  seen: string;
}

const freshDraft = (annotation: Annotation): NoteDraft => ({
  id: annotation.id,
  base: annotation.note,
  text: annotation.note,
  seen: annotation.note,
});

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
  articleTitle,
  onChange,
  onSaveNote,
  onDelete,
  onClose,
  awaitingTarget,
  noteRef,
  onLeaveNote,
}: Props) {
  const [draft, setDraft] = useState<NoteDraft>(() => freshDraft(annotation));
  let noteDraft = draft;
  if (draft.id !== annotation.id) {
    noteDraft = freshDraft(annotation);
    setDraft(noteDraft);
  } else if (draft.seen !== annotation.note) {
    // The stored note changed (here or in another tab): an untouched draft follows it; a
    // typed one is kept, and shown as a conflict if it no longer starts from the stored note.
    noteDraft =
      draft.text === draft.base || draft.text === annotation.note
        ? freshDraft(annotation)
        : { ...draft, seen: annotation.note };
    setDraft(noteDraft);
  }
  const edited = noteDraft.text !== noteDraft.base;
  const overtaken = edited && annotation.note !== noteDraft.base;

  const describeDraft = edited ? `note on “${annotation.exact}” in “${articleTitle}”` : null;
  useEffect(
    () => (describeDraft ? holdUnsavedDraft(`note:${annotation.id}`, describeDraft) : undefined),
    [annotation.id, describeDraft],
  );

  const saveNote = async (basedOn: string) => {
    const { id, text } = noteDraft;
    const outcome = await onSaveNote(text, basedOn);
    if (outcome === 'saved') {
      setDraft((current) => (current.id === id ? { ...current, base: text } : current));
    }
  };
  // Leaving the field saves a typed note, but never over a note another tab saved meanwhile.
  const commitNote = () => {
    if (edited && !overtaken) void saveNote(noteDraft.base);
  };

  return (
    <section
      aria-label="Selected annotation"
      className="flex flex-col gap-3 rounded-md border border-blue-300 bg-blue-50/40 p-3"
    >
      <div className="flex items-start justify-between gap-2">
        <p className="font-serif text-base" dir="auto">
          “<bdi data-testid="selected-quote">{annotation.exact}</bdi>”
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
        <LabelChoice
          annotationId={annotation.id}
          labelId={annotation.labelId}
          labels={labels}
          onChange={(labelId) => onChange({ labelId })}
        />
        <label className="flex flex-col gap-1 text-sm font-medium">
          <span>
            Target (who the word is about) <KeyHint>T</KeyHint>
          </span>
          <select
            className={inputClass}
            aria-keyshortcuts="T"
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
        {awaitingTarget && !readOnly && <TargetHint actors={actors} />}
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">
            Valence toward the target <KeyHint>−</KeyHint> <KeyHint>+</KeyHint>
          </legend>
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
                {option.label} <span className="text-slate-600">— {option.hint}</span>
              </span>
              <KeyHint>{option.key}</KeyHint>
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1 text-sm font-medium">
          <span>
            Note <KeyHint>N</KeyHint>
          </span>
          <textarea
            ref={noteRef}
            aria-keyshortcuts="N"
            className={inputClass}
            rows={2}
            value={noteDraft.text}
            onChange={(event) => {
              const text = event.target.value;
              setDraft((current) => ({ ...current, text }));
            }}
            onBlur={commitNote}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commitNote();
              if (event.key === 'Escape') {
                event.preventDefault();
                onLeaveNote();
              }
            }}
          />
        </label>
        {overtaken && (
          <div
            role="alert"
            data-testid="note-conflict"
            className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
          >
            <p>
              Another tab saved a different note meanwhile:{' '}
              <q className="whitespace-pre-wrap" dir="auto">
                {annotation.note}
              </q>
              . Your text above is not saved.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" onClick={() => void saveNote(annotation.note)}>
                Save mine instead
              </Button>
              <Button onClick={() => setDraft(freshDraft(annotation))}>Use theirs</Button>
            </div>
          </div>
        )}
        <div className="flex justify-between gap-2">
          <Button variant="danger" onClick={onDelete} aria-keyshortcuts="Delete">
            Delete <KeyHint>Del</KeyHint>
          </Button>
          {edited && !overtaken && (
            <Button variant="primary" onClick={commitNote}>
              Save note
            </Button>
          )}
        </div>
      </fieldset>
    </section>
  );
}
