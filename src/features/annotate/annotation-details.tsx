import type { Actor, Annotation, Label } from '../../domain/types';
import { describeAttributes, labelName } from './attribute-words';

interface Props {
  annotation: Annotation;
  labels: Label[];
  actors: Actor[];
}

/** One annotation shown as text, with no control that could change it. */
export function AnnotationDetails({ annotation, labels, actors }: Props) {
  const words = describeAttributes(annotation, actors);
  return (
    <section
      aria-label="Selected annotation"
      className="flex flex-col gap-2 rounded-md border border-blue-300 bg-blue-50/40 p-3 text-sm"
    >
      <p className="font-serif text-base" dir="auto">
        “<bdi data-testid="selected-quote">{annotation.exact}</bdi>”
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">Label</dt>
        <dd>{labelName(labels, annotation.labelId)}</dd>
        <dt className="font-medium">Target</dt>
        <dd>{words.target}</dd>
        <dt className="font-medium">Voice</dt>
        <dd>{words.voice}</dd>
        <dt className="font-medium">Valence</dt>
        <dd>{words.valence}</dd>
        <dt className="font-medium">Note</dt>
        <dd dir="auto" className="whitespace-pre-wrap">
          {annotation.note || '—'}
        </dd>
      </dl>
    </section>
  );
}
