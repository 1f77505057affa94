import { useState } from 'react';
import { Link } from 'wouter';
import { setProgress } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { overallProgress, progressWord } from './student-progress';
import type { WorkRow } from './use-assignment-work';

interface ListProps {
  assignmentId: string;
  studentId: string;
  rows: WorkRow[];
}

/** The assignment's articles: each a link to the reader, its progress and "Mark as done". */
export function StudentArticleList({ assignmentId, studentId, rows }: ListProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const mark = (row: WorkRow) => {
    setFailure(null);
    const state = row.state === 'done' ? 'in-progress' : 'done';
    setProgress({ assignmentId, annotatorId: studentId, articleId: row.articleId, state }).catch(
      (error: unknown) => setFailure(`Could not save the mark: ${errorText(error)}`),
    );
  };
  return (
    <section aria-labelledby="student-articles" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="student-articles" className="text-lg font-semibold">
          Articles
        </h2>
        <p className="text-sm text-slate-600">{overallProgress(rows.map((row) => row.state))}</p>
      </div>
      {failure && <ErrorLine small>{failure}</ErrorLine>}
      <ol className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {rows.map((row) => (
          <li key={row.articleId} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3">
            <div className="min-w-0 flex-1">
              <Link
                id={`title-${row.articleId}`}
                href={`/articles/${row.articleId}`}
                className="font-medium text-blue-800 underline"
              >
                {row.title}
              </Link>
              <p className="text-sm text-slate-600">
                {row.outlet} · {row.annotationCount}{' '}
                {row.annotationCount === 1 ? 'annotation' : 'annotations'}
              </p>
            </div>
            <span className="text-sm font-medium" data-progress={row.state}>
              {progressWord(row.state)}
            </span>
            <Button onClick={() => mark(row)} aria-describedby={`title-${row.articleId}`}>
              {row.state === 'done' ? 'Mark as not done' : 'Mark as done'}
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
