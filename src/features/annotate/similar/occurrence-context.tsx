import { leftContext, rightContext } from '../../../domain/summary/concordance';

const CONTEXT_WIDTH = 50;

/** The words of an occurrence with some text either side, as text. */
export function OccurrenceContext({
  text,
  start,
  end,
}: {
  text: string;
  start: number;
  end: number;
}) {
  const left = leftContext(text, start, CONTEXT_WIDTH);
  const right = rightContext(text, end, CONTEXT_WIDTH);
  return (
    <p className="font-serif text-sm" dir="auto">
      {left.truncated ? '…' : ''}
      {left.text}
      <mark className="rounded-sm bg-amber-100 px-0.5 font-semibold underline decoration-dotted">
        {text.slice(start, end)}
      </mark>
      {right.text}
      {right.truncated ? '…' : ''}
    </p>
  );
}
