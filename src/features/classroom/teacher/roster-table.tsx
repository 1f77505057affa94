import { Link } from 'wouter';
import type {
  ProgressRecord,
  ProgressState,
  SubmissionRecord,
} from '../../../domain/classroom/classroom-types';
import type { RosterWork } from '../../../db/repositories/classroom-roster-repository';
import { annotatorWorkPath } from '../../../ui/paths';
import type { AssignmentNames } from './assignment-names';

const PROGRESS_WORDS: Record<ProgressState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export interface RosterData {
  submissions: readonly SubmissionRecord[];
  progress: readonly ProgressRecord[];
  work: ReadonlyMap<string, RosterWork>;
}

function lastChangeText(iso: string | null): string {
  if (iso === null) return 'no changes';
  return `last change ${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
}

function RosterCell({
  studentId,
  articleId,
  data,
}: {
  studentId: string;
  articleId: string;
  data: RosterData;
}) {
  const mark = data.progress.find(
    (record) => record.annotatorId === studentId && record.articleId === articleId,
  );
  const work = data.work.get(`${studentId}/${articleId}`);
  const count = work?.annotations ?? 0;
  // A "not started" mark is only the hand-in saying so: it is no change to the work.
  const marked = mark && mark.state !== 'not-started' ? mark.updatedAt : null;
  const latest = [work?.lastChange ?? null, marked]
    .filter((value): value is string => value !== null)
    .sort()
    .at(-1);
  return (
    <td className="px-2 py-1 align-top">
      <span className="block font-medium">{PROGRESS_WORDS[mark?.state ?? 'not-started']}</span>
      <span className="block">{count === 1 ? '1 annotation' : `${count} annotations`}</span>
      <span className="block text-xs text-slate-500">{lastChangeText(latest ?? null)}</span>
      <Link
        href={annotatorWorkPath(articleId, studentId)}
        className="text-blue-800 underline print:hidden"
      >
        Open
      </Link>
    </td>
  );
}

/** Student × article: progress, annotation count, last change, and a link to the work. */
export function RosterTable({ names, data }: { names: AssignmentNames; data: RosterData }) {
  const students = [...data.submissions].sort((a, b) => a.studentName.localeCompare(b.studentName));
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Each student&apos;s work on each article</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">
              Student
            </th>
            {names.articles.map((article) => (
              <th key={article.id} scope="col" className="px-2 py-1 text-left align-bottom">
                {article.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {students.map((student) => (
            <tr key={student.studentId} className="border-b border-slate-100 break-inside-avoid">
              <th scope="row" className="px-2 py-1 text-left align-top font-medium">
                {student.studentName}
              </th>
              {names.articles.map((article) => (
                <RosterCell
                  key={article.id}
                  studentId={student.studentId}
                  articleId={article.id}
                  data={data}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
