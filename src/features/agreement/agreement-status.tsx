import type { AgreementProgress } from '../../workers/agreement/agreement-protocol';

function detail(progress: AgreementProgress | null): string {
  if (!progress || progress.total <= 0) return '';
  const stage = progress.stage === 'reading' ? 'reading the data' : 'computing';
  return ` (${stage}: ${progress.done} of ${progress.total})`;
}

/** "Computing agreement…" with the worker's progress while it works, else "Up to date". */
export function AgreementStatus({
  busy,
  progress,
}: {
  busy: boolean;
  progress: AgreementProgress | null;
}) {
  const working = busy || progress !== null;
  return (
    <p role="status" className="text-sm text-slate-600" data-testid="agreement-status">
      {working ? `Computing agreement…${detail(progress)}` : 'Up to date'}
    </p>
  );
}
