import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { useAssignment } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { Handout } from './handout';
import { useHandoutData } from './handout-data';

// A Tailwind class (generated because it is written here): the app behind the handout
// is left out of the printout while the handout is open.
const HIDE_WHEN_PRINTING = 'print:hidden';

/** "Print handout": opens the handout over the page and the browser's print dialog. */
export function PrintHandoutButton({ assignmentId }: { assignmentId: string }) {
  const [open, setOpen] = useState(false);
  const assignment = useAssignment(assignmentId);
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={!assignment.data}>
        Print handout
      </Button>
      {open &&
        assignment.data &&
        createPortal(
          <HandoutOverlay assignment={assignment.data} onClose={() => setOpen(false)} />,
          document.body,
        )}
    </>
  );
}

function useAppHiddenInPrint(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    root?.classList.add(HIDE_WHEN_PRINTING);
    return () => root?.classList.remove(HIDE_WHEN_PRINTING);
  }, []);
}

function HandoutOverlay({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { articles, codebook, error } = useHandoutData(assignment);
  const ready = articles !== undefined;
  useAppHiddenInPrint();
  useEffect(() => {
    if (ready) window.print();
  }, [ready]);
  return (
    <div
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      role="dialog"
      aria-modal="true"
      aria-label="Handout"
      className="fixed inset-0 z-50 overflow-auto bg-white p-6 text-stone-900 print:static print:overflow-visible print:p-0"
    >
      <div className="mb-4 flex gap-2 print:hidden">
        <Button variant="primary" onClick={() => window.print()} disabled={!ready}>
          Print
        </Button>
        <Button onClick={onClose} autoFocus>
          Close handout
        </Button>
      </div>
      {error && <ErrorLine>Could not read the handout: {error.message}</ErrorLine>}
      {!ready && !error && <p role="status">Preparing the handout…</p>}
      {ready && <Handout assignment={assignment} codebook={codebook} articles={articles} />}
    </div>
  );
}
