import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { deleteAssignment } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { errorText } from '../../../ui/error-text';
import { classroomPath } from '../../../ui/paths';

/** Deletes the assignment after a confirmation, then goes back to the Classroom page. */
export function DeleteAssignmentButton({ assignmentId }: { assignmentId: string }) {
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteAssignment(assignmentId),
    onSuccess: () => navigate(classroomPath()),
  });
  return (
    <>
      <Button variant="ghost" onClick={() => setConfirming(true)} disabled={remove.isPending}>
        Delete assignment
      </Button>
      {remove.isError && <ErrorLine>Could not delete: {errorText(remove.error)}</ErrorLine>}
      <ConfirmDialog
        open={confirming}
        title="Delete this assignment?"
        confirmLabel="Delete assignment"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          remove.mutate();
        }}
      >
        The assignment, its hand-in records, progress marks and guesses leave this library. The
        annotations stay (the students&apos; and yours), and so do files already downloaded.
      </ConfirmDialog>
    </>
  );
}
