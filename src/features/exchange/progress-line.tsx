import type { ImportProgress } from '../../workers/import-protocol';
import { Button } from '../../ui/button';

const stageText: Record<ImportProgress['stage'], string> = {
  reading: 'Reading the file and your library…',
  checking: 'Checking the file…',
  planning: 'Comparing it with your library…',
  writing: 'Writing…',
};

function describe(progress: ImportProgress | null, fallback: string): string {
  if (!progress) return fallback;
  if (progress.stage === 'writing' && progress.total > 0) {
    const percent = Math.floor((progress.done / progress.total) * 100);
    return `Writing ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} records (${percent}%)…`;
  }
  return stageText[progress.stage];
}

interface ProgressLineProps {
  label: string;
  progress: ImportProgress | null;
  fallback: string;
  onCancel?: () => void;
  cancelling?: boolean;
}

/**
 * A progress bar (indeterminate until rows are being written) with its text in a polite live
 * region, and a Cancel button.
 */
export function ProgressLine({
  label,
  progress,
  fallback,
  onCancel,
  cancelling,
}: ProgressLineProps) {
  const determinate = progress?.stage === 'writing' && progress.total > 0;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <progress
        aria-label={label}
        max={determinate ? progress.total : undefined}
        value={determinate ? progress.done : undefined}
        className="h-2 w-48 overflow-hidden rounded accent-slate-700"
      />
      <span role="status" className="text-sm text-slate-700" data-testid="import-progress">
        {cancelling ? 'Cancelling…' : describe(progress, fallback)}
      </span>
      {onCancel && (
        <Button onClick={onCancel} disabled={cancelling} className="ml-auto">
          Cancel
        </Button>
      )}
    </div>
  );
}
