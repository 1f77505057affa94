import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { newId, nowIso, saveAssignment, usePersonalLexicon } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { Field, inputClass } from '../../../ui/field';
import { useClassroomArticles } from '../api/classroom-articles-query';
import { NameDialog } from '../name-dialog';
import { useNameGate } from '../../../ui/use-name-gate';
import { ArticlePicker } from './article-picker';
import {
  assignmentFromDraft,
  draftOf,
  EMPTY_DRAFT,
  validateDraft,
  type AssignmentDraft,
  type DraftErrors,
} from './assignment-draft';

interface AssignmentEditorProps {
  /** The assignment being edited; null for a new one. */
  stored: Assignment | null;
  onSaved: (assignmentId: string) => void;
  onCancel: () => void;
}

export function AssignmentEditor({ stored, onSaved, onCancel }: AssignmentEditorProps) {
  const articles = useClassroomArticles();
  const [draft, setDraft] = useState<AssignmentDraft>(stored ? draftOf(stored) : EMPTY_DRAFT);
  // Messages appear at the first save and then follow the fields as they are corrected.
  const [submitted, setSubmitted] = useState(false);
  const errors: DraftErrors = submitted ? validateDraft(draft) : {};
  const gate = useNameGate();
  const save = useMutation({ mutationFn: (assignment: Assignment) => saveAssignment(assignment) });
  const change = (changes: Partial<AssignmentDraft>) => setDraft({ ...draft, ...changes });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(validateDraft(draft)).length > 0) return;
    const outletIds = new Map((articles.data ?? []).map((card) => [card.id, card.outletId]));
    gate.withName((me) => {
      const assignment = assignmentFromDraft(draft, {
        id: stored?.id ?? newId(),
        now: nowIso(),
        teacher: { id: me.id, name: me.name },
        stored,
        outletIdOf: (articleId) => outletIds.get(articleId),
      });
      save.mutate(assignment, { onSuccess: (saved) => onSaved(saved.id) });
    });
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{stored ? 'Edit assignment' : 'New assignment'}</h1>
        <Field label="Title" error={errors.title}>
          {(props) => (
            <input
              {...props}
              className={inputClass}
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
            />
          )}
        </Field>
        <Field label="Instructions" hint="Plain text: what the students should look for.">
          {(props) => (
            <textarea
              {...props}
              rows={5}
              className={inputClass}
              value={draft.instructions}
              onChange={(event) => change({ instructions: event.target.value })}
            />
          )}
        </Field>
        <Field label="Due date (optional)" error={errors.dueDate}>
          {(props) => (
            <input
              {...props}
              type="date"
              className={`${inputClass} max-w-48`}
              value={draft.dueDate}
              onChange={(event) => change({ dueDate: event.target.value })}
            />
          )}
        </Field>
        {articles.isError && (
          <ErrorLine>Could not read the library: {articles.error.message}</ErrorLine>
        )}
        <ArticlePicker
          articles={articles.data ?? []}
          chosen={draft.articleIds}
          error={errors.articles}
          onChange={(articleIds) => change({ articleIds })}
        />
        <ModeSwitches draft={draft} onChange={change} />
        {save.isError && <ErrorLine>Could not save: {errorText(save.error)}</ErrorLine>}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save assignment
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </form>
      {/* Outside the form: a form may not hold another. */}
      <NameDialog {...gate.dialog} />
    </>
  );
}

function ModeSwitch({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div className="text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <p id={hintId} className="ml-6 text-slate-500">
        {hint}
      </p>
    </div>
  );
}

function ModeSwitches({
  draft,
  onChange,
}: {
  draft: AssignmentDraft;
  onChange: (changes: Partial<AssignmentDraft>) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium">Mode</legend>
      <ModeSwitch
        label="Suggestions on"
        hint="Off: students see no lexicon suggestions and make every choice themselves."
        checked={draft.suggestions}
        onChange={(suggestions) => onChange({ suggestions })}
      />
      <ModeSwitch
        label="Outlet-blind"
        hint="Students see “Outlet A”, “Outlet B”… instead of outlet names and links, and may guess."
        checked={draft.outletBlind}
        onChange={(outletBlind) => onChange({ outletBlind })}
      />
      <YourTermsNote />
    </fieldset>
  );
}

/** The teacher's personal terms travel with the file (students get them as suggestions). */
function YourTermsNote() {
  const count = usePersonalLexicon().data?.length ?? 0;
  if (count === 0) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="assignment-your-terms">
      {count === 1
        ? 'Your term from Settings → Your terms goes with the assignment file: students get it among their own terms.'
        : `Your ${count} terms from Settings → Your terms go with the assignment file: students get them among their own terms.`}
    </p>
  );
}
