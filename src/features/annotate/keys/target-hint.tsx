import { useEffect, useRef } from 'react';
import type { Actor } from '../../../domain/types';
import { targetKey, targetKeyRange } from './target-keys';

/** Shown between T and the next key: which key picks which actor. */
export function TargetHint({ actors }: { actors: Actor[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // The sidebar may be scrolled: the keys must be in sight while T waits for one.
  useEffect(() => ref.current?.scrollIntoView({ block: 'nearest' }), []);
  return (
    <div
      ref={ref}
      role="status"
      data-testid="target-hint"
      className="flex flex-col gap-1 rounded-md border-2 border-blue-700 bg-white p-2 text-sm"
    >
      <p className="font-semibold">
        Target: press {targetKeyRange(actors.length)}
        <span className="font-normal text-slate-700">
          {' '}
          — 0 or ⌫ for no particular actor, Esc to keep it
        </span>
      </p>
      <ol className="grid grid-cols-1 gap-x-3 gap-y-0.5 sm:grid-cols-2">
        {actors.map((actor, index) => (
          <li key={actor.id} className="flex items-center gap-1.5">
            <kbd className="rounded border border-slate-400 bg-slate-50 px-1 font-mono text-xs">
              {targetKey(index) ?? '–'}
            </kbd>
            <span dir="auto">{actor.name}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
