import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { patchAssignment, useAnnotators } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { errorText } from '../../../ui/error-text';
import { inputClass } from '../../../ui/field';
import { useAnnotatorsOnArticles } from '../api/roster-queries';

/**
 * Whose annotations are the key: the teacher's own first ("NAME (you)"), then everyone with
 * annotations on the assignment's articles (a student, a curated gold set…).
 */
export function AnswerKeySelect({ assignment }: { assignment: Assignment }) {
  const id = useId();
  const me = useAnnotators().data?.current ?? null;
  const candidates = useAnnotatorsOnArticles(assignment.articleIds);
  const choose = useMutation({
    mutationFn: (keyAnnotatorId: string | null) =>
      patchAssignment(assignment.id, { keyAnnotatorId }),
  });
  const others = (candidates.data ?? []).filter((annotator) => annotator.id !== me?.id);
  const options = [
    ...(me ? [{ id: me.id, name: `${me.name} (you)` }] : []),
    ...others.map((annotator) => ({ id: annotator.id, name: annotator.name })),
  ];
  const chosen = assignment.keyAnnotatorId;
  if (chosen && !options.some((option) => option.id === chosen)) {
    options.push({ id: chosen, name: 'An annotator no longer in this library' });
  }
  return (
    <div className="flex flex-col gap-1 print:hidden">
      <label htmlFor={id} className="text-sm font-medium">
        Answer key
      </label>
      <select
        id={id}
        className={`${inputClass} max-w-sm`}
        value={chosen ?? ''}
        disabled={choose.isPending}
        aria-describedby={`${id}-hint`}
        onChange={(event) => choose.mutate(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">Not chosen</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        The annotations everyone is scored against, and what feedback sends back.
      </p>
      {choose.isError && (
        <ErrorLine small>Could not save the key: {errorText(choose.error)}</ErrorLine>
      )}
    </div>
  );
}
