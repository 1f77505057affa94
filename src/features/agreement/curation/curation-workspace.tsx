import { Link } from 'wouter';
import type { CurationRecord } from '../../../domain/agreement/curation-types';
import { ErrorLine } from '../../../ui/alert';
import { agreementPath, exportAnnotatorPath } from '../../../ui/paths';
import { BulkAccept } from './bulk-accept';
import { CurrentGroup } from './current-group';
import { useCurationController } from './use-curation-controller';

type Curation = CurationRecord & { goldAnnotatorName: string };

function progressLine(decided: number, total: number, stale: number): string {
  const changed =
    stale > 0
      ? ` · ${stale} ${stale === 1 ? 'decision' : 'decisions'} on groups that have changed since`
      : '';
  return `${decided} of ${total} groups decided${changed}`;
}

export function CurationWorkspace({ curation }: { curation: Curation }) {
  const controller = useCurationController(curation);
  const { groups, progress, computing, failure, message } = controller;
  const total = groups.length;
  const decided = progress.decisions.size;
  const undecided = groups.filter((group) => !progress.decisions.has(group.key));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="curation-title" className="text-2xl font-semibold" dir="auto">
          Curate: {curation.goldAnnotatorName}
        </h1>
        <nav aria-label="Curation links" className="flex gap-4 text-sm">
          <Link
            href={exportAnnotatorPath(curation.goldAnnotatorId)}
            className="text-blue-700 underline"
          >
            Export the gold set
          </Link>
          <Link href={agreementPath()} className="text-blue-700 underline">
            Back to Agreement
          </Link>
        </nav>
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium">
        {computing
          ? 'Finding the groups of overlapping spans…'
          : progressLine(decided, total, progress.stale)}
      </p>
      {failure && <ErrorLine>{failure.message}</ErrorLine>}
      {message && (
        <p role="alert" className="text-sm text-red-800">
          {message}
        </p>
      )}
      {!computing && total === 0 && (
        <p>No groups to curate: the chosen annotators marked nothing on these articles.</p>
      )}
      {total > 0 && decided === total && <Completion goldName={curation.goldAnnotatorName} />}
      <CurrentGroup controller={controller} />
      {undecided.length > 0 && (
        <BulkAccept
          undecided={undecided}
          annotators={Math.max(...groups.map((group) => group.coders))}
          saving={controller.busy}
          onAccept={(accepted) =>
            controller.decide(
              { kind: 'accept-agreed', accepted },
              accepted.map(({ group }) => group.key),
            )
          }
        />
      )}
    </div>
  );
}

function Completion({ goldName }: { goldName: string }) {
  return (
    <div role="note" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
      <p className="font-semibold">Every group is decided: the gold set is complete.</p>
      <p className="mt-1">
        Use it as an answer key: on the Classroom page, choose “{goldName}” in an assignment’s
        “Answer key” list. Export it with the link above, in any format.
      </p>
    </div>
  );
}
