import type { DiscoveryProgress } from '../../workers/discovery/discovery-protocol';

function message(progress: DiscoveryProgress | null, busy: boolean): string {
  if (progress?.total === null) return 'Reading the articles…';
  if (progress) return `Reading ${progress.done} of ${progress.total} articles…`;
  return busy ? 'Working…' : 'Up to date';
}

export function DiscoveryStatus({
  progress,
  busy,
}: {
  progress: DiscoveryProgress | null;
  busy: boolean;
}) {
  const working = busy || progress !== null;
  const share = progress?.total ? progress.done / progress.total : undefined;
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600">
      {working && (
        <progress
          aria-label="Discovery progress"
          max={1}
          value={share}
          className="h-2 w-28 overflow-hidden rounded accent-slate-700"
        />
      )}
      <span role="status" data-testid="discovery-status">
        {message(progress, working)}
      </span>
    </div>
  );
}
