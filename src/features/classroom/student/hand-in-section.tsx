import { useState } from 'react';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { AlertBox, ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { downloadBlob } from '../../../ui/download-file';
import { errorText } from '../../../ui/error-text';
import { handInStatus, notDoneWarning } from './hand-in-status';
import { prepareHandIn } from './prepare-hand-in';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; status: string; warning: string | null }
  | { kind: 'failed'; message: string };

/** "Hand in": downloads the submission file; handing in again later replaces the earlier one. */
export function HandInSection({ assignment }: { assignment: Assignment }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const handIn = async () => {
    setOutcome({ kind: 'working' });
    try {
      const { file, text, fileName } = await prepareHandIn(assignment.id);
      downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
      setOutcome({
        kind: 'done',
        status: handInStatus(file, new Date()),
        warning: notDoneWarning(file),
      });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `Could not hand in: ${errorText(error)}` });
    }
  };
  return (
    <section aria-labelledby="hand-in" className="flex flex-col gap-2 print:hidden">
      <h2 id="hand-in" className="text-lg font-semibold">
        Hand in
      </h2>
      <p className="text-sm text-slate-600">
        Hand in downloads a file with your annotations, progress and guesses: give it to your
        teacher. You can hand in again any time; your teacher keeps the later file.
      </p>
      <div>
        <Button
          variant="primary"
          onClick={() => void handIn()}
          disabled={outcome.kind === 'working'}
        >
          Hand in
        </Button>
      </div>
      {outcome.kind === 'working' && <p role="status">Preparing your file…</p>}
      {outcome.kind === 'done' && (
        <>
          <p role="status" className="text-sm text-green-800">
            {outcome.status}
          </p>
          {outcome.warning && (
            <AlertBox tone="warning" className="p-3">
              {outcome.warning}
            </AlertBox>
          )}
        </>
      )}
      {outcome.kind === 'failed' && <ErrorLine small>{outcome.message}</ErrorLine>}
    </section>
  );
}
