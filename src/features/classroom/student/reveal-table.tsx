import type { Assignment, GuessRecord } from '../../../domain/classroom/classroom-types';
import { useGuesses } from '../../../db';
import { leanWord } from '../lean-words';
import { useKnownOutlets } from './use-known-outlets';

function guessText(guess: GuessRecord | undefined): string {
  if (!guess || (guess.outletName === null && guess.lean === null)) return 'No guess';
  const parts = [guess.outletName, guess.lean && leanWord(guess.lean)].filter(Boolean);
  return parts.join(', ');
}

/** The outlets revealed: each code's real outlet against this student's guess. */
export function RevealTable({
  assignment,
  studentId,
}: {
  assignment: Assignment;
  studentId: string;
}) {
  const outlets = useKnownOutlets();
  const guesses = useGuesses(assignment.id);
  const names = new Map((outlets.data ?? []).map((outlet) => [outlet.id, outlet.name]));
  const mine = new Map(
    (guesses.data ?? [])
      .filter((guess) => guess.annotatorId === studentId)
      .map((guess) => [guess.code, guess]),
  );
  const codes = Object.entries(assignment.outletCodes).sort(([, a], [, b]) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
  return (
    <table className="mt-2 text-sm">
      <caption className="text-left font-medium">The outlets revealed</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className="pr-4">
            Code
          </th>
          <th scope="col" className="pr-4">
            Outlet
          </th>
          <th scope="col">Your guess</th>
        </tr>
      </thead>
      <tbody>
        {codes.map(([outletId, code]) => (
          <tr key={code}>
            <th scope="row" className="pr-4 text-left font-normal">
              {code}
            </th>
            <td className="pr-4">{names.get(outletId) ?? 'Unknown outlet'}</td>
            <td>{guessText(mine.get(code))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
