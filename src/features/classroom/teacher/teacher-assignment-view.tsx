import { useState } from 'react';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import { useAnnotators, useCodebook, useProgress, useSubmissions } from '../../../db';
import { ErrorLine } from '../../../ui/alert';
import { useClassroomArticles } from '../api/classroom-articles-query';
import { useAnnotatorsOnArticles, useRosterWork } from '../api/roster-queries';
import { useClassScores } from '../api/scores-query';
import { AssignmentEditor } from '../editor/assignment-editor';
import { ClassReport } from '../print/class-report';
import { AnswerKeySelect } from './answer-key-select';
import { assignmentNames } from './assignment-names';
import { OutletsSection } from './outlets-section';
import { RosterTable, type RosterData } from './roster-table';
import { ScoresSection } from './scores-section';
import { TeacherActions } from './teacher-actions';

export function TeacherAssignmentView({ assignment }: { assignment: Assignment }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <AssignmentEditor
        stored={assignment}
        onSaved={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return <TeacherOverview assignment={assignment} onEdit={() => setEditing(true)} />;
}

function modeText(assignment: Assignment): string {
  return [
    assignment.mode.suggestions ? 'suggestions on' : 'suggestions off',
    assignment.mode.outletBlind ? 'outlet-blind' : 'outlets shown',
  ].join(', ');
}

function TeacherOverview({ assignment, onEdit }: { assignment: Assignment; onEdit: () => void }) {
  const cards = useClassroomArticles();
  const codebook = useCodebook();
  const submissions = useSubmissions(assignment.id);
  const progress = useProgress(assignment.id);
  const work = useRosterWork(assignment.articleIds);
  const scores = useClassScores(assignment.id, assignment.keyAnnotatorId);
  const me = useAnnotators().data?.current ?? null;
  const annotators = useAnnotatorsOnArticles(assignment.articleIds);
  const names = assignmentNames(assignment, cards.data ?? [], codebook.data ?? null);
  const roster: RosterData = {
    submissions: submissions.data ?? [],
    progress: progress.data ?? [],
    work: work.data ?? new Map(),
  };
  const keyId = assignment.keyAnnotatorId;
  const keyName =
    keyId === null
      ? null
      : keyId === me?.id
        ? `${me.name} (you)`
        : ((annotators.data ?? []).find((annotator) => annotator.id === keyId)?.name ?? null);
  const failed = [cards, submissions, progress, work].find((query) => query.isError);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-6 print:hidden">
        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{assignment.title}</h1>
          <p className="text-sm text-slate-600">
            {[
              `revision ${assignment.revision}`,
              assignment.dueDate ? `due ${assignment.dueDate}` : 'no due date',
              modeText(assignment),
              `${assignment.articleIds.length} articles: ${names.articles.map((a) => a.title).join('; ')}`,
            ].join(' · ')}
          </p>
          {assignment.instructions && (
            <p className="text-sm whitespace-pre-wrap text-slate-800">{assignment.instructions}</p>
          )}
        </header>
        <TeacherActions assignment={assignment} onEdit={onEdit} />
        {failed?.error && <ErrorLine>Could not read the class: {failed.error.message}</ErrorLine>}
        <AnswerKeySelect assignment={assignment} />
        <section aria-labelledby="roster-title" className="flex flex-col gap-2">
          <h2 id="roster-title" className="text-lg font-semibold">
            Roster
          </h2>
          {roster.submissions.length === 0 ? (
            <p className="text-sm text-slate-600">
              No hand-ins yet: open the students&apos; files on the Classroom page.
            </p>
          ) : (
            <RosterTable names={names} data={roster} />
          )}
        </section>
        <ScoresSection
          title={assignment.title}
          names={names}
          keyChosen={keyId !== null}
          scores={scores}
        />
        <OutletsSection
          assignment={assignment}
          names={names}
          submissions={[...roster.submissions]}
        />
      </div>
      <ClassReport
        assignment={assignment}
        names={names}
        roster={roster}
        scores={scores.data}
        keyName={keyName}
      />
    </div>
  );
}
