import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { errorText } from '../../../ui/error-text';
import { agreementPath } from '../../../ui/paths';
import { PrintHandoutButton } from '../print/handout-button';
import { DeleteAssignmentButton } from './delete-assignment-button';
import { downloadAssignment, downloadFeedback } from '../api/teacher-downloads';

interface TeacherActionsProps {
  assignment: Assignment;
  onEdit: () => void;
}

/** Edit, the two downloads and the two prints, with a line saying what was downloaded. */
export function TeacherActions({ assignment, onEdit }: TeacherActionsProps) {
  const download = useMutation({
    mutationFn: (what: 'assignment' | 'feedback') =>
      what === 'assignment' ? downloadAssignment(assignment.id) : downloadFeedback(assignment.id),
  });
  const keyChosen = assignment.keyAnnotatorId !== null;

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <Button onClick={onEdit}>Edit assignment</Button>
        <Button
          variant="primary"
          disabled={download.isPending}
          onClick={() => download.mutate('assignment')}
        >
          Download assignment
        </Button>
        <PrintHandoutButton assignmentId={assignment.id} />
        <Button
          disabled={download.isPending || !keyChosen}
          title={keyChosen ? undefined : 'Choose the answer key first.'}
          onClick={() => download.mutate('feedback')}
        >
          Download feedback
        </Button>
        <Button
          onClick={() => window.print()}
          title="The roster, the scores and the class's annotations, laid out for paper"
        >
          Print class report
        </Button>
        <DeleteAssignmentButton assignmentId={assignment.id} />
        <Link
          href={agreementPath(assignment.id)}
          className="self-center text-sm text-blue-700 underline"
        >
          Agreement on this assignment
        </Link>
      </div>
      {download.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Downloaded {download.data}.
        </p>
      )}
      {download.isError && <ErrorLine>Could not download: {errorText(download.error)}</ErrorLine>}
    </div>
  );
}
