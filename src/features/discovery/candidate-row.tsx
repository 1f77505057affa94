import { useEffect, useRef, useState } from 'react';
import type { Label } from '../../domain/types';
import { Button } from '../../ui/button';
import type { CandidateTerm, TermUseInContext } from '../../workers/discovery/discovery-protocol';
import { AddTermForm } from './add-term-form';

function UseLine({ use }: { use: TermUseInContext }) {
  return (
    <li className="text-slate-700">
      {use.cutBefore && '… '}
      <span dir="auto">{use.before}</span>
      <mark className="bg-amber-100 px-0.5 font-semibold text-slate-900">
        <span dir="auto">{use.keyword}</span>
      </mark>
      <span dir="auto">{use.after}</span>
      {use.cutAfter && ' …'}
    </li>
  );
}

function UsesInContext({ candidate }: { candidate: CandidateTerm }) {
  const [first, ...more] = candidate.uses;
  if (!first) return null;
  return (
    <div className="text-xs">
      <ul>
        <UseLine use={first} />
      </ul>
      {more.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer text-blue-700">
            {more.length === 1 ? 'One more use' : `${more.length} more uses`}
          </summary>
          <ul className="mt-1 flex flex-col gap-1">
            {more.map((use) => (
              <UseLine key={`${use.articleId}-${use.before}-${use.after}`} use={use} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface CandidateRowProps {
  candidate: CandidateTerm;
  known: boolean;
  labels: readonly Label[];
}

export function CandidateRow({ candidate, known, labels }: CandidateRowProps) {
  const [adding, setAdding] = useState(false);
  const added = useRef<HTMLSpanElement>(null);
  // The form that had the focus is gone once the term is in the lexicon: the news takes it.
  const addButton = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(false);
  useEffect(() => {
    if (known && adding) added.current?.focus();
  }, [known, adding]);
  // Cancelling removes the form that had the focus: it goes back to the button that opened it.
  useEffect(() => {
    if (cancelled) addButton.current?.focus();
  }, [cancelled]);
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-2 pr-3 text-left font-medium" dir="auto">
        {candidate.term}
      </th>
      <td className="py-2 pr-3 text-right tabular-nums">{candidate.z.toFixed(1)}</td>
      <td className="py-2 pr-3 text-right tabular-nums">{candidate.count}</td>
      <td className="py-2 pr-3 text-right tabular-nums">{candidate.otherCount}</td>
      <td className="max-w-md py-2 pr-3">
        <UsesInContext candidate={candidate} />
      </td>
      <td className="py-2">
        {known ? (
          <span ref={added} tabIndex={-1} className="text-sm whitespace-nowrap text-emerald-800">
            ✓ In your lexicon
          </span>
        ) : adding ? (
          <AddTermForm
            term={candidate.term}
            z={candidate.z}
            labels={labels}
            onClose={() => {
              setAdding(false);
              setCancelled(true);
            }}
          />
        ) : (
          <Button
            ref={addButton}
            aria-label={`Add “${candidate.term}” to lexicon`}
            onClick={() => {
              setAdding(true);
              setCancelled(false);
            }}
          >
            Add
          </Button>
        )}
      </td>
    </tr>
  );
}
