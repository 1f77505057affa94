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

/** The printed class report: roster, scores and the class's annotations (print media only). */
export function ClassReport({ assignment, names, roster, scores, keyName }: ClassReportProps) {
  return (
    <article aria-label="Class report" className="hidden flex-col gap-6 print:flex">
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
