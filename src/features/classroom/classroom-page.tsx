import { useLocation } from 'wouter';
import { useAssignment } from '../../db';
import { ErrorLine } from '../../ui/alert';
import { classroomPath } from '../../ui/paths';
import { AssignmentEditor } from './editor/assignment-editor';
import { ClassroomHome } from './home/classroom-home';
import { StudentAssignmentView } from './student/student-assignment-view';
import { TeacherAssignmentView } from './teacher/teacher-assignment-view';

/** The editor's address for a new assignment (ids are UUIDs, never "new"). */
const NEW_ASSIGNMENT = 'new';

/**
 * `#/classroom`: the assignments and opening classroom files; `#/classroom/new`: the editor;
 * `#/classroom/ID`: one assignment, teacher's or student's side.
 */
export function ClassroomPage({ assignmentId = null }: { assignmentId?: string | null }) {
  if (assignmentId === null) return <ClassroomHome />;
  if (assignmentId === NEW_ASSIGNMENT) return <NewAssignment />;
  return <AssignmentPage assignmentId={assignmentId} />;
}

function NewAssignment() {
  const [, navigate] = useLocation();
  return (
    <AssignmentEditor
      stored={null}
      onSaved={(id) => navigate(classroomPath(id))}
      onCancel={() => navigate(classroomPath())}
    />
  );
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
