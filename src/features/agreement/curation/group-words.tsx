const CONTEXT = 120;

/** Up to CONTEXT characters of the paragraph before `start`, from a word's beginning. */
function before(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT, text.lastIndexOf('\n', start - 1) + 1);
  const piece = text.slice(from, start);
  if (from === 0 || text[from - 1] === '\n') return piece;
  const space = piece.search(/\s/);
  return `…${space === -1 ? piece : piece.slice(space + 1)}`;
}

/** Up to CONTEXT characters of the paragraph after `end`, to a word's end. */
function after(text: string, end: number): string {
  const paragraphEnd = text.indexOf('\n', end);
  const to = Math.min(end + CONTEXT, paragraphEnd === -1 ? text.length : paragraphEnd);
  const piece = text.slice(end, to);
  if (to === text.length || text[to] === '\n') return piece;
  const space = piece.search(/\s\S*$/);
  return `${space === -1 ? piece : piece.slice(0, space)}…`;
}

/** The group's words in their sentence, as text, the words themselves marked. */
export function GroupWords({ text, start, end }: { text: string; start: number; end: number }) {
  return (
    <p dir="auto" className="rounded-md bg-slate-50 p-3 text-base leading-relaxed">
      {before(text, start)}
      <mark className="rounded bg-amber-200 px-0.5 font-semibold text-slate-900 underline decoration-2">
        {text.slice(start, end)}
      </mark>
      {after(text, end)}
    </p>
  );
}
