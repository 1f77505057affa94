import { useState } from 'react';
import {
  OUTLET_LEANS,
  type Assignment,
  type GuessRecord,
  type OutletLean,
} from '../../../domain/classroom/classroom-types';
import { setGuess, useGuesses } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { errorText } from '../../../ui/error-text';
import { leanWord } from '../lean-words';
import { outletCodesOf } from './outlet-codes-of';
import { useKnownOutlets } from './use-known-outlets';

const SELECT_CLASS = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/** Outlet-blind, before the reveal: the student's guess of each code's outlet and its lean. */
export function GuessesSection({
  assignment,
  studentId,
}: {
  assignment: Assignment;
  studentId: string;
}) {
  const guesses = useGuesses(assignment.id);
  const outlets = useKnownOutlets();
  const [failure, setFailure] = useState<string | null>(null);
  const mine = new Map(
    (guesses.data ?? [])
      .filter((guess) => guess.annotatorId === studentId)
      .map((guess) => [guess.code, guess]),
  );
  const save = (code: string, change: Partial<Pick<GuessRecord, 'outletName' | 'lean'>>) => {
    setFailure(null);
    setGuess({ assignmentId: assignment.id, annotatorId: studentId, code, ...change }).catch(
      (error: unknown) => setFailure(`Could not save the guess: ${errorText(error)}`),
    );
  };
  const names = (outlets.data ?? []).map((outlet) => outlet.name);
  return (
    <section aria-labelledby="your-guesses" className="flex flex-col gap-2">
      <h2 id="your-guesses" className="text-lg font-semibold">
        Your guesses
      </h2>
      <p className="text-sm text-slate-600">
        Which outlet do you think wrote each group of articles? Your guesses go with your hand-in.
      </p>
      {failure && <ErrorLine small>{failure}</ErrorLine>}
      <ul className="flex flex-col gap-2">
        {outletCodesOf(assignment).map((code) => (
          <li key={code} className="flex flex-wrap items-center gap-3">
            <span className="w-24 font-medium">{code}</span>
            <select
              aria-label={`${code}: which outlet?`}
              className={SELECT_CLASS}
              value={mine.get(code)?.outletName ?? ''}
              onChange={(event) => save(code, { outletName: event.target.value || null })}
            >
              <option value="">Don't know</option>
              {withStored(names, mine.get(code)?.outletName).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <select
              aria-label={`${code}: lean`}
              className={SELECT_CLASS}
              value={mine.get(code)?.lean ?? ''}
              onChange={(event) =>
                save(code, { lean: (event.target.value || null) as OutletLean | null })
              }
            >
              {OUTLET_LEANS.map((lean) => (
                <option key={lean} value={lean}>
                  {leanWord(lean)}
                </option>
              ))}
              <option value="">Don't know</option>
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The known names, plus a saved guess the library no longer knows (so it still shows). */
function withStored(names: readonly string[], stored: string | null | undefined): string[] {
  return stored && !names.includes(stored) ? [...names, stored] : [...names];
}
