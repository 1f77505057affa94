/** Swatches in the painted shades (see HighlightPainter), lightest to darkest. */
const CONTESTED = [
  'bg-[rgba(234,88,12,0.14)]',
  'bg-[rgba(234,88,12,0.26)]',
  'bg-[rgba(234,88,12,0.4)]',
  'bg-[rgba(234,88,12,0.56)]',
];
const AGREED = [
  'bg-[rgba(8,145,178,0.14)]',
  'bg-[rgba(8,145,178,0.26)]',
  'bg-[rgba(8,145,178,0.4)]',
  'bg-[rgba(8,145,178,0.56)]',
];

function Swatches({ shades, mark }: { shades: string[]; mark: string }) {
  return (
    <span aria-hidden="true" className="flex shrink-0 gap-0.5 font-serif">
      {shades.map((shade) => (
        <span key={shade} className={`px-0.5 ${shade} ${mark}`}>
          ab
        </span>
      ))}
    </span>
  );
}

/** What the shades and lines mean, in words. */
export function MapLegend() {
  return (
    <ul aria-label="Map legend" className="flex flex-col gap-1.5 text-sm">
      <li className="flex items-center gap-2">
        <Swatches
          shades={CONTESTED}
          mark="underline decoration-wavy decoration-orange-800 underline-offset-4"
        />
        <span>
          <strong>Contested</strong> (wavy underline) — marked by half or fewer, or with different
          labels
        </span>
      </li>
      <li className="flex items-center gap-2">
        <Swatches shades={AGREED} mark="" />
        <span>
          <strong>Agreed</strong> (no underline) — marked by most, with the same label
        </span>
      </li>
      <li className="text-slate-700">
        Darker: more of the annotators marked it (up to a quarter, a half, three quarters, more).
      </li>
    </ul>
  );
}
