/** A small square in a label's colour, next to its name (decorative: the name says it). */
export function Swatch({ color }: { color: string | undefined }) {
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-block h-2.5 w-2.5 shrink-0 rounded-sm border border-slate-400 align-baseline"
      style={{ backgroundColor: color }}
    />
  );
}
