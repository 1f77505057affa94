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

/** A headed list of assignments, each a link with a line of details. */
function AssignmentList({
  id,
  title,
  empty,
  assignments,
  details,
}: {
  id: string;
  title: string;
  empty: string;
  assignments: readonly Assignment[];
  details: (assignment: Assignment) => string[];
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {assignments.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-col gap-0.5 p-3 text-sm">
              <Link
                href={classroomPath(assignment.id)}
                className="font-medium text-blue-800 underline"
              >
                {assignment.title}
              </Link>
              <span className="text-slate-600">{details(assignment).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TeacherAssignmentList({ assignments, tallies }: ListProps) {
  return (
    <AssignmentList
      id="teacher-list-title"
      title="Your assignments"
      empty="None yet: make one with “New assignment”."
      assignments={assignments}
      details={(assignment) => [
        `revision ${assignment.revision}`,
        plural(assignment.articleIds.length, 'article'),
        plural(tallies.get(assignment.id)?.handIns ?? 0, 'hand-in'),
        dueText(assignment),
      ]}
    />
  );
}

export function ReceivedAssignmentList({ assignments, tallies }: ListProps) {
  return (
    <AssignmentList
      id="received-list-title"
      title="Assignments received"
      empty="None yet: open an assignment file your teacher gave you."
      assignments={assignments}
      details={(assignment) => [
        `from ${assignment.teacher.name}`,
        `${tallies.get(assignment.id)?.done ?? 0} of ${plural(assignment.articleIds.length, 'article')} done`,
        dueText(assignment),
      ]}
    />
  );
}
