import { useCallback } from 'react';
import { Link, useLocation } from 'wouter';
import { useAssignments } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { agreementPath, classroomPath } from '../../../ui/paths';
import type { ClassroomOutcome } from '../../../workers/classroom/classroom-protocol';
import { useAssignmentTallies } from '../api/roster-queries';
import { OpenFilesPanel } from '../open/open-files-panel';
import { ReceivedAssignmentList, TeacherAssignmentList } from './assignment-lists';

const NO_TALLIES = new Map();

/** `#/classroom`: make an assignment, open classroom files, and the assignments of both sides. */
export function ClassroomHome() {
  const [, navigate] = useLocation();
  const assignments = useAssignments();
  const tallies = useAssignmentTallies();
  const all = assignments.data ?? [];

  const onOpened = useCallback(
    (outcome: ClassroomOutcome) => {
      const [only] = outcome.assignmentIds;
      const single =
        outcome.assignmentIds.length === 1 && outcome.submissions === 0 && outcome.feedback === 0;
      if (single && only) navigate(classroomPath(only));
    },
    [navigate],
  );

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold">Classroom</h1>
          <p className="mt-1 text-sm text-slate-600">
            A teacher hands out articles with instructions as an assignment file; students open it,
            annotate, and hand in a file; the teacher opens every hand-in at once, picks an answer
            key, scores the class and sends feedback. Files travel by USB stick, e-mail or a shared
            drive: nothing leaves this browser otherwise.
          </p>
          <Link
            href={agreementPath()}
            className="mt-1 inline-block text-sm text-blue-700 underline"
          >
            Agreement between annotators
          </Link>
        </div>
        <Button variant="primary" onClick={() => navigate(classroomPath('new'))}>
          New assignment
        </Button>
      </div>
      <OpenFilesPanel onOpened={onOpened} />
      {assignments.isError && (
        <ErrorLine>Could not read the assignments: {assignments.error.message}</ErrorLine>
      )}
      <TeacherAssignmentList
        assignments={all.filter((assignment) => assignment.role === 'teacher')}
        tallies={tallies.data ?? NO_TALLIES}
      />
      <ReceivedAssignmentList
        assignments={all.filter((assignment) => assignment.role === 'student')}
        tallies={tallies.data ?? NO_TALLIES}
      />
    </div>
  );
}
