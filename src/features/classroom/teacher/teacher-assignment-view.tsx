import type { Assignment } from '../../../domain/classroom/classroom-types';

export function TeacherAssignmentView({ assignment }: { assignment: Assignment }) {
  return <h1 className="text-2xl font-semibold">{assignment.title}</h1>;
}
