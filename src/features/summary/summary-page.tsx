import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SummaryFilter } from '../../domain/summary';
import type { CountingDefault } from '../../domain/summary/counting-set';
import { SUPERSEDED, type SummaryResult } from '../../workers/summary-protocol';
import { Button } from '../../ui/button';
import { jumpToSection } from '../../ui/jump-to-section';
import { SectionNav } from '../../ui/section-nav';
import { useSummary } from './api/summary-query';
import { useSummaryProgress } from './api/summary-progress';
import { CompareBlock } from './blocks/compare-block';
import { ConcordanceBlock } from './blocks/concordance-block';
import { DistinctiveBlock } from './blocks/distinctive-block';
import { HeatmapBlock } from './blocks/heatmap-block';
import { NamingBlock } from './blocks/naming-block';
import { PerOutletBlock } from './blocks/per-outlet-block';
import { ValenceBlock } from './blocks/valence-block';
import { UNKNOWN_LABEL_COLOR, type LabelSwatch } from './charts/chart-colors';
import { EmptyState } from './empty-state';
import { useOutletMask } from '../../db/queries/classroom-queries';
import { useCountingDefault } from './api/counting-default';
import { maskSummaryResult } from './api/mask-outlets';
import { defaultReason, describeCounting } from './filters/describe-counting';
import { describeFilter } from './filters/describe-filter';
import { defaultFilterState, isDefaultFilter, toSummaryFilter } from './filters/filter-state';
import { SummaryFilters } from './filters/summary-filters';
import { plural } from './format';
import { ProgressStatus } from './progress-status';
import { usePrintDetails } from './use-print-details';
import { AlertBox } from '../../ui/alert';
import { Link } from 'wouter';
import { agreementPath, discoveryPath } from '../../ui/paths';

const sections = [
  { id: 'per-outlet', title: 'Per outlet' },
  { id: 'naming', title: 'Naming' },
  { id: 'valence', title: 'Valence' },
  { id: 'heatmap', title: 'Terms by outlet' },
  { id: 'distinctive', title: 'Distinctive terms' },
  { id: 'concordance', title: 'Concordance' },
  { id: 'compare', title: 'Compare two' },
];

/** Until the default set is read (the summary waits for it meanwhile). */
const EVERYONE: CountingDefault = { source: 'everyone', annotatorIds: [] };

function labelSwatches(result: SummaryResult): LabelSwatch[] {
  const colors = new Map(result.catalog.labels.map((label) => [label.id, label.color]));
  return result.summary.labels.map((label) => ({
    ...label,
    color: colors.get(label.labelId) ?? UNKNOWN_LABEL_COLOR,
  }));
}

export function SummaryPage() {
  const [filterState, setFilterState] = useState(defaultFilterState);
  const countingDefault = useCountingDefault();
  const defaults = countingDefault ?? EVERYONE;
  const filter = useMemo(() => toSummaryFilter(filterState, defaults), [filterState, defaults]);
  const query = useSummary(filter, countingDefault !== undefined);
  const progress = useSummaryProgress();
  const [term, setTerm] = useState<string | null>(null);
  usePrintDetails();

  const superseded = query.isError && query.error.message === SUPERSEDED;
  const { refetch, isFetching } = query;
  useEffect(() => {
    // A request overtaken by a newer one (rare: the newer one usually wins the key) is re-run.
    if (superseded && !isFetching) void refetch();
  }, [superseded, isFetching, refetch]);

  const showTerm = useCallback((next: string) => {
    setTerm(next);
    requestAnimationFrame(() => jumpToSection('concordance'));
  }, []);
  const mask = useOutletMask();
  const result = useMemo(
    () => query.data && maskSummaryResult(query.data, mask),
    [query.data, mask],
  );
  // A large summary takes a while to render: React renders it in the background, keeping the
  // filters and the rest of the page responsive meanwhile.
  const shown = useDeferredValue(result);

  const busy = (!result && !query.isError) || query.isFetching || query.isPlaceholderData;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 id="summary-title" className="text-2xl font-semibold">
            Framing summary
          </h1>
          <p className="text-sm text-slate-600">
            {result
              ? [
                  plural(result.summary.totals.outlets, 'outlet'),
                  plural(result.summary.totals.articles, 'article'),
                  plural(result.summary.totals.words, 'word'),
                  plural(result.summary.totals.annotations, 'annotation'),
                ].join(' · ')
              : 'How each outlet names the same actors, outlet by outlet.'}
          </p>
          {result && result.catalog.annotations > 0 && (
            <>
              <p className="text-sm font-medium text-slate-800" data-testid="summary-counting">
                {describeCounting(filterState, defaults, result.catalog.annotators)}
                {filterState.annotatorIds === null && (
                  <span className="font-normal text-slate-600"> ({defaultReason(defaults)})</span>
                )}
              </p>
              <p className="text-xs text-slate-500" data-testid="summary-filter-description">
                Filters: {describeFilter(filterState, result.catalog)}
              </p>
              <Link
                href={agreementPath()}
                className="inline-block py-0.5 text-sm text-blue-700 underline print:hidden"
              >
                Agreement between annotators
              </Link>
            </>
          )}
          <Link
            href={discoveryPath()}
            className="block py-0.5 text-sm text-blue-700 underline print:hidden"
          >
            Candidate loaded terms
          </Link>
        </div>
        <div className="flex items-center gap-3">
          <ProgressStatus progress={progress} busy={busy} />
          {result && result.catalog.annotations > 0 && (
            <Button className="print:hidden" onClick={() => window.print()}>
              Print
            </Button>
          )}
        </div>
      </div>

      {query.isError && !superseded && (
        <AlertBox>
          <p className="font-semibold">The summary could not be computed.</p>
          <p className="mt-1">{query.error.message}</p>
          <Button className="mt-2" onClick={() => void refetch()}>
            Try again
          </Button>
        </AlertBox>
      )}

      {result && result.catalog.annotations === 0 && <EmptyState catalog={result.catalog} />}

      {result && result.catalog.annotations > 0 && (
        <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start print:block">
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto print:hidden">
            <SummaryFilters
              catalog={result.catalog}
              defaults={defaults}
              state={filterState}
              onChange={setFilterState}
            />
          </div>
          <div
            className={`flex min-w-0 flex-col gap-6 transition-opacity ${query.isPlaceholderData ? 'opacity-70' : ''}`}
            aria-busy={busy}
          >
            <SectionNav label="Summary sections" sections={sections} className="print:hidden" />
            {result.summary.totals.annotations === 0 && (
              <div className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                <p>
                  No annotation matches these filters. Articles and words are still counted below.
                </p>
                {!isDefaultFilter(filterState) && (
                  <Button onClick={() => setFilterState(defaultFilterState)}>
                    Reset the filters
                  </Button>
                )}
              </div>
            )}
            {shown && (
              <SummaryBlocks
                result={shown}
                filter={filter}
                term={term}
                onTermChange={setTerm}
                onShowTerm={showTerm}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

interface SummaryBlocksProps {
  result: SummaryResult;
  filter: SummaryFilter;
  term: string | null;
  onTermChange: (term: string) => void;
  onShowTerm: (term: string) => void;
}

const SummaryBlocks = memo(function SummaryBlocks({
  result,
  filter,
  term,
  onTermChange,
  onShowTerm,
}: SummaryBlocksProps) {
  const swatches = useMemo(() => labelSwatches(result), [result]);
  const { summary } = result;
  return (
    <>
      <PerOutletBlock summary={summary} swatches={swatches} />
      <NamingBlock summary={summary} onShowTerm={onShowTerm} />
      <ValenceBlock summary={summary} />
      <HeatmapBlock summary={summary} onShowTerm={onShowTerm} />
      <DistinctiveBlock summary={summary} />
      <ConcordanceBlock
        summary={summary}
        filter={filter}
        term={term}
        onTermChange={onTermChange}
        swatches={swatches}
      />
      <CompareBlock summary={summary} swatches={swatches} />
    </>
  );
});
