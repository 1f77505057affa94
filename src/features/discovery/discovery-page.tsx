import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useCodebook, useOutletMask } from '../../db';
import { ALL_ARTICLES, type DiscoverySelection } from '../../domain/discovery/discovery-selection';
import type { Label } from '../../domain/types';
import { ErrorLine } from '../../ui/alert';
import type { DiscoveryResult } from '../../workers/discovery/discovery-protocol';
import { useDiscovery } from './api/discovery-query';
import { useKnownTerms } from './api/use-known-terms';
import { DiscoveryChoosers } from './discovery-choosers';
import { DiscoveryStatus } from './discovery-status';
import { maskResult } from './mask-result';
import { OutletCandidatesSection } from './outlet-candidates';

/** "Candidate loaded terms": words and phrases distinctive of one outlet in the raw text. */
export function DiscoveryPage() {
  const [selection, setSelection] = useState<DiscoverySelection>(ALL_ARTICLES);
  const { query, progress } = useDiscovery(selection);
  const mask = useOutletMask();
  const result = useMemo(() => query.data && maskResult(query.data, mask), [query.data, mask]);
  return (
    <section aria-labelledby="discovery-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <h1 id="discovery-heading" className="text-xl font-semibold">
            Candidate loaded terms
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            Words and two-word phrases one outlet uses more than the others, found in the articles’
            text itself — not in your annotations. Add the ones you find loaded to your lexicon, and
            FrameLens suggests them in every article.
          </p>
          <details className="mt-1 text-sm text-slate-600">
            <summary className="cursor-pointer text-blue-700">How candidates are found</summary>
            <p className="mt-1">
              Each outlet is compared with all the others pooled by the weighted log-odds ratio with
              an informative Dirichlet prior (Monroe, Colaresi and Quinn, 2008). The prior is the
              chosen articles’ own counts (α0 = their total, as in the Summary’s distinctive terms),
              which keeps a rare word from topping the list. z is the log-odds over its standard
              error; above about 2 it is unlikely to be chance. Words and phrases are compared each
              with their own totals. Stop words (the Snowball English list), numbers and names are
              left out — a name being a word capitalised in at least 80% of its uses inside a
              sentence — as are phrases with a stop word or a name in them; a term must be used at
              least 3 times by the outlet.
            </p>
          </details>
        </div>
        <DiscoveryStatus progress={progress} busy={query.isFetching} />
      </div>
      {query.isError && <ErrorLine>Could not find candidates: {query.error.message}</ErrorLine>}
      {result && <DiscoveryBody result={result} selection={selection} onSelect={setSelection} />}
    </section>
  );
}

interface DiscoveryBodyProps {
  result: DiscoveryResult;
  selection: DiscoverySelection;
  onSelect: (selection: DiscoverySelection) => void;
}

function DiscoveryBody({ result, selection, onSelect }: DiscoveryBodyProps) {
  const known = useKnownTerms();
  const codebook = useCodebook();
  if (result.catalog.outlets.length < 2) return <TooFewOutlets />;
  return (
    <>
      <DiscoveryChoosers catalog={result.catalog} selection={selection} onChange={onSelect} />
      {result.outlets.length < 2 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm">
          Discovery compares outlets: choose articles from at least two outlets.
        </p>
      ) : (
        <CandidateSections result={result} known={known} labels={codebook.data?.labels} />
      )}
    </>
  );
}

function CandidateSections({
  result,
  known,
  labels,
}: {
  result: DiscoveryResult;
  known: ((term: string) => boolean) | null;
  labels: readonly Label[] | undefined;
}) {
  if (!known || !labels) return <p role="status">Reading the lexicon…</p>;
  return (
    <div className="flex flex-col gap-4">
      {result.outlets.map((outlet) => (
        <OutletCandidatesSection
          key={outlet.outletId}
          outlet={outlet}
          known={known}
          labels={labels}
        />
      ))}
    </div>
  );
}

function TooFewOutlets() {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-sm">
      <p className="font-medium">Discovery needs articles from at least two outlets.</p>
      <p className="mt-1">
        It compares how each outlet writes with how the others do.{' '}
        <Link href="/add" className="text-blue-700 underline">
          Add an article
        </Link>{' '}
        from another outlet, or restore the sample articles in{' '}
        <Link href="/settings" className="text-blue-700 underline">
          Settings
        </Link>
        .
      </p>
    </div>
  );
}
