import { useAnnotators } from '../../../db';
import { Field, inputClass } from '../../../ui/field';

const EVERYONE = '';

/** "Whose annotations": everyone's, or one annotator's (a gold set, one student). */
export function WhoseSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (annotatorId: string | null) => void;
}) {
  const annotators = useAnnotators();
  const all = annotators.data?.all ?? [];
  const unknown = value !== null && annotators.isSuccess && !all.some((a) => a.id === value);
  return (
    <Field
      label="Whose annotations"
      {...(unknown
        ? { error: 'The annotator this page was opened for is not in this library: choose one.' }
        : {
            hint:
              value === null
                ? 'Everyone’s annotations, or one annotator’s only (a gold set, a student).'
                : 'Every format then holds only this annotator’s annotations.',
          })}
    >
      {(field) => (
        <select
          {...field}
          className={inputClass}
          value={value ?? EVERYONE}
          onChange={(event) =>
            onChange(event.target.value === EVERYONE ? null : event.target.value)
          }
        >
          <option value={EVERYONE}>Everyone</option>
          {unknown && <option value={value}>Unknown annotator</option>}
          {all.map((annotator) => (
            <option key={annotator.id} value={annotator.id}>
              {annotator.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
