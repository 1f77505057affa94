import type { GuessRecord } from '../../../domain/classroom/classroom-types';
import { leanWord } from '../lean-words';

export type GuessVerdict = 'right' | 'wrong' | 'lean' | 'none';

export interface GuessCell {
  studentId: string;
  text: string;
  verdict: GuessVerdict;
}

export interface RevealRow {
  code: string;
  outlet: string;
  guesses: GuessCell[];
  tally: Record<GuessVerdict, number>;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * A named outlet is right or wrong against the truth; a lean alone cannot be checked here (the
 * app does not know outlets' leans), so it is shown as given.
 */
function cellOf(guess: GuessRecord | undefined, outlet: string, studentId: string): GuessCell {
  if (guess?.outletName) {
    const right = sameName(guess.outletName, outlet);
    const lean = guess.lean ? ` (lean: ${leanWord(guess.lean)})` : '';
    return { studentId, text: `${guess.outletName}${lean}`, verdict: right ? 'right' : 'wrong' };
  }
  if (guess?.lean) return { studentId, text: `Lean: ${leanWord(guess.lean)}`, verdict: 'lean' };
  return { studentId, text: 'No guess', verdict: 'none' };
}

/** Each code (in letter order) with its real outlet and every student's guess. */
export function revealRows(
  outletCodes: Readonly<Record<string, string>>,
  outletNames: ReadonlyMap<string, string>,
  studentIds: readonly string[],
  guesses: readonly GuessRecord[],
): RevealRow[] {
  const entries = Object.entries(outletCodes).sort(
    ([, a], [, b]) => a.length - b.length || a.localeCompare(b),
  );
  return entries.map(([outletId, code]) => {
    const outlet = outletNames.get(outletId) ?? 'Unknown outlet';
    const cells = studentIds.map((studentId) =>
      cellOf(
        guesses.find((guess) => guess.annotatorId === studentId && guess.code === code),
        outlet,
        studentId,
      ),
    );
    const tally = { right: 0, wrong: 0, lean: 0, none: 0 };
    for (const cell of cells) tally[cell.verdict] += 1;
    return { code, outlet, guesses: cells, tally };
  });
}
