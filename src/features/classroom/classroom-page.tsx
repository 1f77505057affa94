import { useAssignment } from '../../db';
import { ErrorLine } from '../../ui/alert';
import { StudentAssignmentView } from './student/student-assignment-view';
import { TeacherAssignmentView } from './teacher/teacher-assignment-view';

/** `#/classroom`: the assignments list; `#/classroom/ID`: one assignment, teacher's or student's side. */
export function ClassroomPage({ assignmentId = null }: { assignmentId?: string | null }) {
  if (assignmentId === null) return <h1 className="text-2xl font-semibold">Classroom</h1>;
  return <AssignmentPage assignmentId={assignmentId} />;
}

function AssignmentPage({ assignmentId }: { assignmentId: string }) {
  const query = useAssignment(assignmentId);
  if (query.isPending) return <p role="status">Loading assignment…</p>;
  if (query.isError)
    return <ErrorLine>Could not read this assignment: {query.error.message}</ErrorLine>;
  if (!query.data) return <ErrorLine>This assignment is not in this library.</ErrorLine>;
  return query.data.role === 'teacher' ? (
    <TeacherAssignmentView assignment={query.data} />
  ) : (
    <StudentAssignmentView assignment={query.data} />
  );
}
