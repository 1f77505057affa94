import { useState } from 'react';
import { Link } from 'wouter';
import type { Assignment, ProgressState } from '../../domain/classroom/classroom-types';
import { Button } from '../../ui/button';
import { classroomPath } from '../../ui/paths';
import type { AssignmentContext } from './use-assignment-context';

const PROGRESS_WORDS: Record<ProgressState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Instructions longer than this start collapsed. */
const LONG_INSTRUCTIONS = 280;

/** The received assignment beside the text: its title, instructions and this article's progress. */
interface Props {
  context: AssignmentContext;
  onMark: (state: ProgressState) => void;
}

export function AssignmentAside({ context, onMark }: Props) {
  const { assignment, state, markError } = context;
  if (!assignment) return null;
  const done = state === 'done';
  return (
    <aside
      aria-label="Assignment"
      className="flex flex-col gap-2 rounded-md border border-emerald-300 bg-emerald-50/50 p-3 text-sm"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-emerald-900">Assignment</p>
      <Link href={classroomPath(assignment.id)} className="font-semibold text-blue-700 underline">
        <span dir="auto">{assignment.title}</span>
      </Link>
      <Instructions assignment={assignment} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          This article: <strong data-testid="assignment-progress">{PROGRESS_WORDS[state]}</strong>
        </p>
        <Button onClick={() => onMark(done ? 'in-progress' : 'done')}>
          {done ? 'Mark as not done' : 'Mark as done'}
        </Button>
      </div>
      {markError && (
        <p role="alert" className="text-red-800">
          Could not save the progress mark: {markError}
        </p>
      )}
    </aside>
  );
}

function Instructions({ assignment }: { assignment: Assignment }) {
  const [expanded, setExpanded] = useState(false);
  const text = assignment.instructions.trim();
  if (!text) return null;
  const long = text.length > LONG_INSTRUCTIONS;
  return (
    <div>
      <p
        dir="auto"
        data-testid="assignment-instructions"
        className={`whitespace-pre-wrap ${long && !expanded ? 'line-clamp-4' : ''}`}
      >
        {text}
      </p>
      {long && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="mt-1 text-xs text-blue-700 underline"
        >
          {expanded ? 'Show less' : 'Show all instructions'}
        </button>
      )}
    </div>
  );
}
