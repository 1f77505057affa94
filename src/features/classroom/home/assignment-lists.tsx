import { Link } from 'wouter';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import type { AssignmentTally } from '../../../db/repositories/classroom-roster-repository';
import { classroomPath } from '../../../ui/paths';
import { plural } from '../open/open-summary';

interface ListProps {
  assignments: readonly Assignment[];
  tallies: ReadonlyMap<string, AssignmentTally>;
}

function dueText(assignment: Assignment): string {
  return assignment.dueDate ? `due ${assignment.dueDate}` : 'no due date';
}

function AssignmentLink({ assignment }: { assignment: Assignment }) {
  return (
    <Link href={classroomPath(assignment.id)} className="font-medium text-blue-800 underline">
      {assignment.title}
    </Link>
  );
}

export function TeacherAssignmentList({ assignments, tallies }: ListProps) {
  return (
    <section aria-labelledby="teacher-list-title" className="flex flex-col gap-2">
      <h2 id="teacher-list-title" className="text-lg font-semibold">
        Your assignments
      </h2>
      {assignments.length === 0 ? (
        <p className="text-sm text-slate-600">None yet: make one with “New assignment”.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-col gap-0.5 p-3 text-sm">
              <AssignmentLink assignment={assignment} />
              <span className="text-slate-600">
                {[
                  `revision ${assignment.revision}`,
                  plural(assignment.articleIds.length, 'article'),
                  plural(tallies.get(assignment.id)?.handIns ?? 0, 'hand-in'),
                  dueText(assignment),
                ].join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReceivedAssignmentList({ assignments, tallies }: ListProps) {
  return (
    <section aria-labelledby="received-list-title" className="flex flex-col gap-2">
      <h2 id="received-list-title" className="text-lg font-semibold">
        Assignments received
      </h2>
      {assignments.length === 0 ? (
        <p className="text-sm text-slate-600">
          None yet: open an assignment file your teacher gave you.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-col gap-0.5 p-3 text-sm">
              <AssignmentLink assignment={assignment} />
              <span className="text-slate-600">
                {[
                  `from ${assignment.teacher.name}`,
                  `${tallies.get(assignment.id)?.done ?? 0} of ${plural(assignment.articleIds.length, 'article')} done`,
                  dueText(assignment),
                ].join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
