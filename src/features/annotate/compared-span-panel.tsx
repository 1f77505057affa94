import type { RefObject } from 'react';
import type { ComparedSpan } from '../../domain/scoring/score-types';
import type { Actor, Annotation, Label } from '../../domain/types';
import { describeAttributes, KIND_WORDS, labelName } from './attribute-words';

interface Props {
  span: ComparedSpan<Annotation> | null;
  position: string;
  text: string;
  labels: Label[];
  actors: Actor[];
  panelRef: RefObject<HTMLElement | null>;
}

/** The current span of "you vs the key": what kind it is, the key's label and note, both codings. */
export function ComparedSpanPanel({ span, position, text, labels, actors, panelRef }: Props) {
  return (
    <section
      ref={panelRef}
      tabIndex={-1}
      aria-label="Current span"
      aria-live="polite"
      className="flex flex-col gap-2 rounded-md border border-blue-300 bg-blue-50/40 p-3 text-sm outline-offset-2"
    >
      {span === null ? (
        <p className="text-slate-700">Press J (or “Next”) to go to the first span.</p>
      ) : (
        <SpanDetails span={span} position={position} text={text} labels={labels} actors={actors} />
      )}
    </section>
  );
}

function SpanDetails({
  span,
  position,
  text,
  labels,
  actors,
}: Omit<Props, 'panelRef'> & {
  span: ComparedSpan<Annotation>;
}) {
  const { key, student } = span;
  const differentLabel = key && student && key.labelId !== student.labelId;
  return (
    <>
      <p className="text-xs text-slate-600">{position}</p>
      <p className="font-semibold" data-testid="compared-kind">
        {KIND_WORDS[span.kind]}
      </p>
      <p className="font-serif text-base" dir="auto">
        “<bdi data-testid="compared-quote">{text.slice(span.start, span.end)}</bdi>”
      </p>
      {key && (
        <p>
          The key’s label: <strong data-testid="key-label">{labelName(labels, key.labelId)}</strong>
        </p>
      )}
      {student && (!key || differentLabel) && (
        <p>
          Your label: <strong>{labelName(labels, student.labelId)}</strong>
        </p>
      )}
      {key && (
        <p dir="auto" className="whitespace-pre-wrap">
          The key’s note: <span data-testid="key-note">{key.note || '—'}</span>
        </p>
      )}
      <AttributeTable keyAnnotation={key} student={student} actors={actors} />
    </>
  );
}

function AttributeTable({
  keyAnnotation,
  student,
  actors,
}: {
  keyAnnotation: Annotation | null;
  student: Annotation | null;
  actors: Actor[];
}) {
  const yours = student ? describeAttributes(student, actors) : null;
  const theirs = keyAnnotation ? describeAttributes(keyAnnotation, actors) : null;
  const rows = [
    ['Target', 'target'],
    ['Voice', 'voice'],
    ['Valence', 'valence'],
  ] as const;
  return (
    <table className="text-left text-xs">
      <thead>
        <tr>
          <th scope="col" className="pr-3 font-medium">
            <span className="sr-only">Attribute</span>
          </th>
          <th scope="col" className="pr-3 font-medium">
            You
          </th>
          <th scope="col" className="font-medium">
            The key
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, field]) => (
          <tr key={field}>
            <th scope="row" className="pr-3 font-medium">
              {name}
            </th>
            <td className="pr-3">{yours?.[field] ?? '—'}</td>
            <td>{theirs?.[field] ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
