import type { SummaryProgress } from '../../workers/summary-protocol';

/** Reading is most of the wait on a large corpus; computing the rest. */
function fraction(progress: SummaryProgress): number {
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  return progress.stage === 'reading' ? share * 0.7 : 0.7 + share * 0.3;
}

function message(progress: SummaryProgress | null, busy: boolean): string {
  if (progress?.stage === 'reading') {
    return `Reading the library… (${progress.done} of ${progress.total} tables)`;
  }
  if (progress?.stage === 'computing') return 'Computing the summary…';
  return busy ? 'Working…' : 'Up to date';
}

export function ProgressStatus({
  progress,
  busy,
}: {
  progress: SummaryProgress | null;
  busy: boolean;
}) {
  const working = busy || progress !== null;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600 print:hidden">
      {working && (
        <progress
          aria-label="Summary progress"
          max={1}
          value={progress ? fraction(progress) : undefined}
          className="h-2 w-28 overflow-hidden rounded accent-slate-700"
        />
      )}
      <span role="status" data-testid="summary-status">
        {message(progress, working)}
      </span>
    </div>
  );
}
