import { Link } from 'wouter';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { ErrorLine } from '../../../ui/alert';
import { versusKeyPath } from '../../../ui/paths';
import { RevealTable } from './reveal-table';
import type { WorkRow } from './use-assignment-work';
import { useVersusCounts, type VersusCounts } from './use-versus-counts';

interface FeedbackProps {
  assignment: Assignment;
  studentId: string;
  keyAnnotatorId: string;
  rows: WorkRow[];
}

/** After a feedback file: per article, "you vs the key" and its counts; the reveal if sent. */
export function FeedbackSection({ assignment, studentId, keyAnnotatorId, rows }: FeedbackProps) {
  const counts = useVersusCounts(assignment.articleIds, studentId, keyAnnotatorId);
  return (
    <section aria-labelledby="feedback" className="flex flex-col gap-2 print:hidden">
      <h2 id="feedback" className="text-lg font-semibold">
        Feedback
      </h2>
      <p className="text-sm text-slate-600">
        Your teacher sent the answer key. Compare your annotations with it, article by article.
      </p>
      {counts.isError && (
        <ErrorLine small>Could not compare with the key: {counts.error.message}</ErrorLine>
      )}
      <ul className="flex flex-col gap-1">
        {rows.map((row) => (
          <li key={row.articleId} className="flex flex-wrap items-baseline gap-x-3">
            <span className="font-medium">{row.title}</span>
            <Link
              href={versusKeyPath(row.articleId, studentId, keyAnnotatorId)}
              className="text-sm text-blue-800 underline"
              aria-describedby={`title-${row.articleId}`}
            >
              Compare with the key
            </Link>
            <CountsLine counts={counts.data?.get(row.articleId)} />
          </li>
        ))}
      </ul>
      {assignment.revealed && assignment.mode.outletBlind && (
        <RevealTable assignment={assignment} studentId={studentId} />
      )}
    </section>
  );
}

function CountsLine({ counts }: { counts: VersusCounts | undefined }) {
  if (!counts) return null;
  return (
    <span className="text-sm text-slate-600">
      Matched {counts.matched} · Missed {counts.missed} · Extra {counts.extra}
    </span>
  );
}
