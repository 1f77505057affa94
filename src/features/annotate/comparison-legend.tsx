import type { ComparisonKind } from '../../domain/scoring/score-types';

/** The same line styles as the highlights (see HighlightPainter), so that the legend explains them. */
const MARKS: { kind: ComparisonKind; word: string; meaning: string; mark: string }[] = [
  {
    kind: 'matched',
    word: 'Matched',
    meaning: 'you and the key both marked it',
    mark: 'bg-emerald-100 underline decoration-solid decoration-[3px] decoration-emerald-800 underline-offset-4',
  },
  {
    kind: 'missed',
    word: 'Missed',
    meaning: 'only the key marked it',
    mark: 'border-y-2 border-dashed border-orange-800',
  },
  {
    kind: 'extra',
    word: 'Extra',
    meaning: 'only you marked it',
    mark: 'bg-blue-50 underline decoration-wavy decoration-2 decoration-blue-700 underline-offset-4',
  },
];

export function ComparisonLegend({ counts }: { counts: Record<ComparisonKind, number> }) {
  return (
    <ul aria-label="Legend" className="flex flex-col gap-1 text-sm">
      {MARKS.map(({ kind, word, meaning, mark }) => (
        <li key={kind} className="flex items-center gap-2" data-testid={`legend-${kind}`}>
          <span aria-hidden="true" className={`px-1 font-serif ${mark}`}>
            abc
          </span>
          <span>
            <strong>
              {word} {counts[kind]}
            </strong>{' '}
            <span className="text-slate-600">— {meaning}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
