import type { Label } from '../../domain/types';
import type { OutletCandidates } from '../../workers/discovery/discovery-protocol';
import { CandidateRow } from './candidate-row';

interface OutletCandidatesProps {
  /** Its name as shown (masked when outlet-blind). */
  outlet: OutletCandidates;
  known: (term: string) => boolean;
  labels: readonly Label[];
}

const plural = (count: number, noun: string) =>
  `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

export function OutletCandidatesSection({ outlet, known, labels }: OutletCandidatesProps) {
  const headingId = `discovery-${outlet.outletId}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-md border border-slate-200 bg-white p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold" dir="auto">
        {outlet.outletName}
      </h2>
      <p className="text-xs text-slate-500">
        {plural(outlet.articles, 'article')} · {plural(outlet.words, 'counted word')}
      </p>
      {outlet.candidates.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          No word or phrase is used at least 3 times here and more than in the other outlets.
        </p>
      ) : (
        // Scrolls sideways inside the card, not the page, on a narrow screen.
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Candidate loaded terms of {outlet.outletName}</caption>
            <thead>
              <tr className="text-left text-xs text-slate-600">
                <th scope="col" className="pr-3 font-medium">
                  Term
                </th>
                <th scope="col" className="pr-3 text-right font-medium">
                  z
                </th>
                <th scope="col" className="pr-3 text-right font-medium">
                  Uses here
                </th>
                <th scope="col" className="pr-3 text-right font-medium">
                  Elsewhere
                </th>
                <th scope="col" className="pr-3 font-medium">
                  In context
                </th>
                <th scope="col" className="font-medium">
                  <span className="sr-only">Lexicon</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {outlet.candidates.map((candidate) => (
                <CandidateRow
                  key={candidate.term}
                  candidate={candidate}
                  known={known(candidate.term)}
                  labels={labels}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
