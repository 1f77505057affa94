import type { Assignment } from '../../../domain/classroom/classroom-types';
import { ErrorLine } from '../../../ui/alert';
import { localIsoDate } from '../../../ui/download-file';
import { PrintHandoutButton } from '../print/handout-button';
import { FeedbackSection } from './feedback-section';
import { GuessesSection } from './guesses-section';
import { HandInSection } from './hand-in-section';
import { StudentArticleList } from './student-article-list';
import { isOverdue } from './student-progress';
import { useAssignmentWork, useStudentId } from './use-assignment-work';

/** `#/classroom/ID` for an assignment received from a teacher. */
export function StudentAssignmentView({ assignment }: { assignment: Assignment }) {
  const studentId = useStudentId(assignment);
  return (
    <div className="flex flex-col gap-6">
      <AssignmentHeader assignment={assignment} />
      {studentId === null ? (
        <p role="status">Loading…</p>
      ) : (
        <StudentWork assignment={assignment} studentId={studentId} />
      )}
    </div>
  );
}

function AssignmentHeader({ assignment }: { assignment: Assignment }) {
  const overdue = isOverdue(assignment.dueDate, localIsoDate());
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold" dir="auto">
        {assignment.title}
      </h1>
      <p className="text-sm text-slate-600">
        From <span dir="auto">{assignment.teacher.name}</span>
        {assignment.dueDate && (
          <>
            {' · '}Due {assignment.dueDate}
            {overdue && <strong className="ml-1 font-semibold text-red-800">(overdue)</strong>}
          </>
        )}
      </p>
      <ModeLines assignment={assignment} />
      <p dir="auto" className="whitespace-pre-wrap rounded-md border border-slate-200 bg-white p-3">
        {assignment.instructions}
      </p>
      <div className="print:hidden">
        <PrintHandoutButton assignmentId={assignment.id} />
      </div>
    </header>
  );
}

function ModeLines({ assignment }: { assignment: Assignment }) {
  const { suggestions, outletBlind } = assignment.mode;
  const lines = [
    suggestions
      ? 'Suggestions are on for this assignment'
      : 'Suggestions are off for this assignment',
    outletBlind && !assignment.revealed && 'Outlet names are hidden',
    outletBlind && assignment.revealed && 'Outlet names have been revealed by your teacher',
  ].filter((line): line is string => typeof line === 'string');
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {lines.map((line) => (
        <li key={line} className="rounded-full bg-slate-200 px-3 py-0.5">
          {line}
        </li>
      ))}
    </ul>
  );
}

function StudentWork({ assignment, studentId }: { assignment: Assignment; studentId: string }) {
  const { rows, error } = useAssignmentWork(assignment, studentId);
  if (error) return <ErrorLine>Could not read your work: {error.message}</ErrorLine>;
  if (!rows) return <p role="status">Loading the articles…</p>;
  const { keyAnnotatorId } = assignment;
  return (
    <>
      <StudentArticleList assignmentId={assignment.id} studentId={studentId} rows={rows} />
      {assignment.mode.outletBlind && !assignment.revealed && (
        <GuessesSection assignment={assignment} studentId={studentId} />
      )}
      <HandInSection assignment={assignment} />
      {keyAnnotatorId && (
        <FeedbackSection
          assignment={assignment}
          studentId={studentId}
          keyAnnotatorId={keyAnnotatorId}
          rows={rows}
        />
      )}
    </>
  );
}
