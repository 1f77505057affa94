import type { ClassScores } from '../../../domain/scoring/score-types';
import { serializeScoresCsv } from '../../../domain/scoring/scores-csv';
import { ErrorLine } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { datedFileName, downloadBlob } from '../../../ui/download-file';
import type { AssignmentNames } from './assignment-names';
import { BreakdownTable } from './breakdown-table';
import { meansBy } from './class-means';
import { ScoresTable } from './scores-table';

interface ScoresProps {
  title: string;
  names: AssignmentNames;
  scores: ClassScores;
}

function downloadScores({ title, names, scores }: ScoresProps) {
  const text = serializeScoresCsv(scores, names);
  downloadBlob(
    new Blob([text], { type: 'text/csv;charset=utf-8' }),
    datedFileName(`scores ${title}`, 'csv'),
  );
}

/** The per-article and per-label class means under the class table. */
export function ScoreBreakdowns({ names, scores }: Omit<ScoresProps, 'title'>) {
  const labelIds = [...new Set(scores.students.flatMap((s) => Object.keys(s.byLabel)))].sort(
    (a, b) => (names.labelNames[a] ?? a).localeCompare(names.labelNames[b] ?? b),
  );
  const byArticle = meansBy(scores.students, scores.articleIds, (s) => s.byArticle);
  const byLabel = meansBy(scores.students, labelIds, (s) => s.byLabel);
  return (
    <>
      <BreakdownTable
        title="By article (class mean)"
        rowHeader="Article"
        rows={byArticle.map(({ key, means }) => ({
          key,
          name: names.articleTitles[key] ?? key,
          means,
        }))}
      />
      <BreakdownTable
        title="By label (class mean)"
        rowHeader="Label"
        rows={byLabel.map(({ key, means }) => ({ key, name: names.labelNames[key] ?? key, means }))}
      />
    </>
  );
}

export function ScoresBody(props: ScoresProps) {
  const { scores } = props;
  if (scores.students.length === 0) {
    return <p className="text-sm text-slate-600">No hand-ins to score yet.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <ScoresTable
        caption="Scores per student"
        rows={scores.students.map((student) => ({
          key: student.studentId,
          name: student.studentName,
          row: student.overall,
        }))}
      />
      <div className="print:hidden">
        <Button onClick={() => downloadScores(props)}>Download scores (CSV)</Button>
      </div>
      <p className="text-xs text-slate-600">
        Partial overlap against the key: precision is the share of each marked span that lies in a
        key span of the same label, recall the share of each key span covered; the last three
        columns count the spans matched one-to-one with a key span. Breakdowns are means over the
        students for whom a value is defined; “—” means undefined.
      </p>
      <ScoreBreakdowns names={props.names} scores={scores} />
    </div>
  );
}

interface ScoresSectionProps {
  title: string;
  names: AssignmentNames;
  keyChosen: boolean;
  scores: { data?: ClassScores | undefined; isPending: boolean; error: Error | null };
}

export function ScoresSection({ title, names, keyChosen, scores }: ScoresSectionProps) {
  return (
    <section aria-labelledby="scores-title" className="flex flex-col gap-3 print:hidden">
      <h2 id="scores-title" className="text-lg font-semibold">
        Scores
      </h2>
      {!keyChosen && (
        <p className="text-sm text-slate-600">Choose the answer key above to score the class.</p>
      )}
      {keyChosen && scores.error && (
        <ErrorLine>Could not score the class: {scores.error.message}</ErrorLine>
      )}
      {keyChosen && scores.isPending && !scores.error && <p role="status">Scoring…</p>}
      {keyChosen && scores.data && <ScoresBody title={title} names={names} scores={scores.data} />}
    </section>
  );
}
