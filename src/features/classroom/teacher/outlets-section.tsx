import { useMutation } from '@tanstack/react-query';
import type { Assignment, SubmissionRecord } from '../../../domain/classroom/classroom-types';
import { patchAssignment, useGuesses } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import type { AssignmentNames } from './assignment-names';
import { revealRows, type GuessVerdict, type RevealRow } from './reveal-rows';

const VERDICT_MARKS: Record<GuessVerdict, string> = {
  right: ' ✓ right',
  wrong: ' ✗ wrong',
  lean: '',
  none: '',
};

function RevealTable({ rows, students }: { rows: RevealRow[]; students: SubmissionRecord[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">
        Outlet codes, the real outlets and the class&apos;s guesses
      </caption>
      <thead className="border-b border-slate-300">
        <tr>
          <th scope="col" className="px-2 py-1 text-left">
            Code
          </th>
          <th scope="col" className="px-2 py-1 text-left">
            Real outlet
          </th>
          {students.map((student) => (
            <th key={student.studentId} scope="col" className="px-2 py-1 text-left">
              {student.studentName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} className="border-b border-slate-100 break-inside-avoid">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              {row.code}
            </th>
            <td className="px-2 py-1">{row.outlet}</td>
            {row.guesses.map((cell) => (
              <td key={cell.studentId} className="px-2 py-1">
                {cell.text}
                <span className={cell.verdict === 'right' ? 'text-green-800' : 'text-red-800'}>
                  {VERDICT_MARKS[cell.verdict]}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const BAR_PARTS: { verdict: GuessVerdict; word: string; className: string }[] = [
  { verdict: 'right', word: 'right', className: 'bg-green-700' },
  {
    verdict: 'wrong',
    word: 'wrong',
    className:
      'bg-red-700 bg-[repeating-linear-gradient(45deg,transparent_0_4px,rgb(255_255_255/0.35)_4px_8px)]',
  },
  { verdict: 'lean', word: 'lean only', className: 'bg-slate-400' },
  { verdict: 'none', word: 'no guess', className: 'bg-slate-200' },
];

/** Right and wrong guesses per code as stacked bars; each bar is described in words too. */
function RevealChart({ rows, students }: { rows: RevealRow[]; students: number }) {
  return (
    <figure className="flex max-w-xl flex-col gap-2">
      <figcaption className="text-sm font-medium">Guesses per code</figcaption>
      {rows.map((row) => {
        const words = BAR_PARTS.map(({ verdict, word }) => `${row.tally[verdict]} ${word}`).join(
          ', ',
        );
        return (
          <div key={row.code} className="grid grid-cols-[6rem_1fr] items-center gap-2 text-sm">
            <span>{row.code}</span>
            <div
              role="img"
              aria-label={`${row.code}: ${words}`}
              className="flex h-4 overflow-hidden rounded border border-slate-300"
            >
              {BAR_PARTS.map(({ verdict, className }) =>
                row.tally[verdict] > 0 ? (
                  <span
                    key={verdict}
                    className={className}
                    style={{ width: `${(row.tally[verdict] / Math.max(students, 1)) * 100}%` }}
                  />
                ) : null,
              )}
            </div>
            <span className="col-start-2 text-xs text-slate-600">{words}</span>
          </div>
        );
      })}
    </figure>
  );
}

interface OutletsSectionProps {
  assignment: Assignment;
  names: AssignmentNames;
  submissions: SubmissionRecord[];
}

export function OutletsSection({ assignment, names, submissions }: OutletsSectionProps) {
  const guesses = useGuesses(assignment.id);
  const reveal = useMutation({
    mutationFn: () => patchAssignment(assignment.id, { revealed: true }),
  });
  const outletNames = new Map(
    names.articles.map((article) => [article.outletId, article.outletName]),
  );
  const students = [...submissions].sort((a, b) => a.studentName.localeCompare(b.studentName));
  const rows = revealRows(
    assignment.outletCodes,
    outletNames,
    students.map((s) => s.studentId),
    guesses.data ?? [],
  );
  return (
    <section aria-labelledby="outlets-title" className="flex flex-col gap-3 print:hidden">
      <h2 id="outlets-title" className="text-lg font-semibold">
        Outlets
      </h2>
      {!assignment.mode.outletBlind ? (
        <p className="text-sm text-slate-600">
          This assignment shows outlet names: nothing to reveal.
        </p>
      ) : !assignment.revealed ? (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm text-slate-600">
            Students see {rows.map((row) => row.code).join(', ')}. Reveal the real names to compare
            the class&apos;s guesses with the truth; feedback downloaded afterwards carries the
            names.
          </p>
          <Button onClick={() => reveal.mutate()} disabled={reveal.isPending}>
            Reveal outlets
          </Button>
        </div>
      ) : (
        <>
          <RevealTable rows={rows} students={students} />
          <RevealChart rows={rows} students={students.length} />
        </>
      )}
      {reveal.isError && <ErrorLine>Could not reveal: {errorText(reveal.error)}</ErrorLine>}
      {guesses.isError && (
        <ErrorLine>Could not read the guesses: {guesses.error.message}</ErrorLine>
      )}
    </section>
  );
}
