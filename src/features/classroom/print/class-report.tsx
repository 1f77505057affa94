import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Assignment } from '../../../domain/classroom/classroom-types';
import type { ClassScores } from '../../../domain/scoring/score-types';
import type { AssignmentNames } from '../teacher/assignment-names';
import { RosterTable, type RosterData } from '../teacher/roster-table';
import { ScoreBreakdowns } from '../teacher/scores-section';
import { ScoresTable } from '../teacher/scores-table';

interface ClassReportProps {
  assignment: Assignment;
  names: AssignmentNames;
  roster: RosterData;
  scores: ClassScores | undefined;
  keyName: string | null;
}

/** The class's spans and the key's, per label: what the class marked, next to the key. */
function LabelCounts({ names, scores }: { names: AssignmentNames; scores: ClassScores }) {
  const counts = new Map<string, { students: number; key: number }>();
  for (const student of scores.students) {
    for (const [labelId, row] of Object.entries(student.byLabel)) {
      const entry = counts.get(labelId) ?? { students: 0, key: row.keySpans };
      entry.students += row.studentSpans;
      counts.set(labelId, entry);
    }
  }
  const rows = [...counts].sort(([a], [b]) =>
    (names.labelNames[a] ?? a).localeCompare(names.labelNames[b] ?? b),
  );
  return (
    <div className="break-inside-avoid">
      <h3 className="font-semibold">The class&apos;s annotations by label</h3>
      <table className="w-full border-collapse text-sm">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">
              Label
            </th>
            <th scope="col" className="px-2 py-1 text-left">
              Spans marked by the class
            </th>
            <th scope="col" className="px-2 py-1 text-left">
              Spans in the key
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([labelId, count]) => (
            <tr key={labelId} className="border-b border-slate-100 break-inside-avoid">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {names.labelNames[labelId] ?? labelId}
              </th>
              <td className="px-2 py-1 tabular-nums">{count.students}</td>
              <td className="px-2 py-1 tabular-nums">{count.key}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Tailwind classes (generated because they are written here). The app is left out of print
// while the report is mounted, so the report prints without the app's header, banners or
// buttons; the report steps aside while the handout is open (it prints then).
const APP_HIDDEN_IN_PRINT = 'print:!hidden';
const REPORT_CLASSES =
  'hidden flex-col gap-6 bg-white p-0 text-slate-900 print:flex print:p-8 print:[body:has([aria-label=Handout])_&]:hidden';

function useAppHiddenInPrint(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    root?.classList.add(APP_HIDDEN_IN_PRINT);
    return () => root?.classList.remove(APP_HIDDEN_IN_PRINT);
  }, []);
}

/**
 * The printed class report: roster, scores and the class's annotations. It is what the
 * teacher's assignment view prints (the button or the browser's menu); never shown on screen.
 */
export function ClassReport(props: ClassReportProps) {
  useAppHiddenInPrint();
  return createPortal(<ReportBody {...props} />, document.body);
}

function ReportBody({ assignment, names, roster, scores, keyName }: ClassReportProps) {
  return (
    <article aria-label="Class report" className={REPORT_CLASSES}>
      <header>
        <h1 className="text-2xl font-semibold">Class report: {assignment.title}</h1>
        <p className="text-sm">
          {[
            `${names.articles.length} articles`,
            `${roster.submissions.length} hand-ins`,
            keyName ? `answer key: ${keyName}` : 'no answer key chosen',
            assignment.dueDate ? `due ${assignment.dueDate}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">Roster</h2>
        <RosterTable names={names} data={roster} />
      </section>
      {scores && scores.students.length > 0 && (
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Scores</h2>
          <ScoresTable
            caption="Scores per student"
            rows={scores.students.map((student) => ({
              key: student.studentId,
              name: student.studentName,
              row: student.overall,
            }))}
          />
          <ScoreBreakdowns names={names} scores={scores} />
          <LabelCounts names={names} scores={scores} />
        </section>
      )}
    </article>
  );
}
