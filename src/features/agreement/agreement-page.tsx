import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AgreementSelection } from '../../domain/agreement/agreement-types';
import { assignmentQueryOptions, useOutletMask } from '../../db';
import type { AgreementResult } from '../../workers/agreement/agreement-protocol';
import { AlertBox, ErrorLine } from '../../ui/alert';
import { Button } from '../../ui/button';
import { errorText } from '../../ui/error-text';
import { GoldSetsSection } from './curation/gold-sets-section';
import { useAgreement } from './api/agreement-query';
import { downloadAgreementCsv } from './agreement-csv';
import { AgreementChoosers } from './agreement-choosers';
import { AgreementEmptyState } from './agreement-empty-state';
import { AgreementStatus } from './agreement-status';
import { reportNames, type ReportNames } from './report-names';
import { chosenIds } from '../../ui/choice-ids';
import { canCompare } from './selection';
import { ByArticleSection, ByLabelSection, OverallSection } from './sections/alpha-sections';
import { AttributesSection } from './sections/attributes-section';
import { KappaSection } from './sections/kappa-section';
import { SpanF1Section } from './sections/span-f1-section';

interface AgreementPageProps {
  /** Opened from an assignment: its articles are chosen to start with. */
  assignmentId?: string;
}

const DEFAULT_CHOICE: AgreementSelection = { annotatorIds: null, articleIds: null };

/** The assignment's articles, chosen until the person chooses articles themselves. */
function useAssignmentArticles(assignmentId: string | undefined) {
  const assignment = useQuery({
    ...assignmentQueryOptions(assignmentId ?? ''),
    enabled: assignmentId !== undefined,
  });
  return {
    waiting: assignmentId !== undefined && assignment.isPending,
    missing: assignmentId !== undefined && assignment.isSuccess && !assignment.data,
    articleIds: assignment.data?.articleIds ?? null,
  };
}

export function AgreementPage({ assignmentId }: AgreementPageProps) {
  const [choice, setChoice] = useState(DEFAULT_CHOICE);
  const fromAssignment = useAssignmentArticles(assignmentId);
  const selection = useMemo(
    () => ({
      annotatorIds: choice.annotatorIds,
      articleIds: choice.articleIds ?? fromAssignment.articleIds,
    }),
    [choice, fromAssignment.articleIds],
  );
  const { query, progress } = useAgreement(selection, !fromAssignment.waiting);
  const mask = useOutletMask();
  const result = query.data;
  const names = useMemo(() => result && reportNames(result.catalog, mask), [result, mask]);
  const busy = query.isFetching || query.isPlaceholderData || (!result && !query.isError);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 max-w-2xl">
          <h1 className="text-2xl font-semibold">Agreement</h1>
          <p className="mt-1 text-sm text-slate-600">
            How far the chosen annotators agree on the chosen articles, word by word and span by
            span.
          </p>
          <AgreementStatus busy={busy} progress={progress} />
        </div>
        {result && names && canCompare(result.catalog) && (
          <Button onClick={() => downloadAgreementCsv(result.report, names)}>
            Download agreement (CSV)
          </Button>
        )}
      </div>
      {fromAssignment.missing && (
        <p className="text-sm text-amber-900">
          This assignment is not in this library (any more): every article is shown.
        </p>
      )}
      {query.isError && (
        <div className="flex flex-col items-start gap-2">
          <ErrorLine>The agreement could not be computed: {errorText(query.error)}</ErrorLine>
          <Button onClick={() => void query.refetch()}>Try again</Button>
        </div>
      )}
      {result && names && !canCompare(result.catalog) && (
        <AgreementEmptyState catalog={result.catalog} />
      )}
      {result && names && canCompare(result.catalog) && (
        <AgreementBody
          result={result}
          names={names}
          selection={selection}
          onChange={setChoice}
          stale={query.isPlaceholderData}
        />
      )}
    </div>
  );
}

interface AgreementBodyProps {
  result: AgreementResult;
  names: ReportNames;
  selection: AgreementSelection;
  onChange: (selection: AgreementSelection) => void;
  stale: boolean;
}

function AgreementBody({ result, names, selection, onChange, stale }: AgreementBodyProps) {
  const mask = useOutletMask();
  const { report } = result;
  const annotatorIds = chosenIds(
    selection.annotatorIds,
    report.annotators.map((a) => a.id),
  );
  const articleIds = chosenIds(
    selection.articleIds,
    report.articles.map((a) => a.id),
  );
  return (
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
      <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <AgreementChoosers result={result} mask={mask} selection={selection} onChange={onChange} />
      </div>
      <div
        className={`flex min-w-0 flex-col gap-6 transition-opacity ${stale ? 'opacity-70' : ''}`}
        aria-busy={stale}
      >
        {report.annotators.length < 2 && (
          <AlertBox tone="warning" className="p-3">
            Choose at least two annotators to compare: with one, every measure is undefined.
          </AlertBox>
        )}
        <OverallSection report={report} />
        <ByLabelSection report={report} names={names} />
        <ByArticleSection report={report} names={names} />
        <KappaSection report={report} />
        <SpanF1Section report={report} names={names} />
        <AttributesSection attributes={report.attributes} />
        <GoldSetsSection annotatorIds={annotatorIds} articleIds={articleIds} />
      </div>
    </div>
  );
}
