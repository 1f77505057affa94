import Papa from 'papaparse';
import { escapeCell } from '../exchange/csv-format';
import type { ClassScores, ScoreRow, StudentScore } from './score-types';

/** Names for the ids in a score table: article titles (as shown) and label names. */
export interface ScoreNames {
  articleTitles: Readonly<Record<string, string>>;
  labelNames: Readonly<Record<string, string>>;
}

const HEADER = [
  'student',
  'scope',
  'article',
  'label',
  'precision',
  'recall',
  'f1',
  'same_target',
  'same_voice',
  'valence_within_1',
  'matched_pairs',
  'student_spans',
  'key_spans',
];

function ratio(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10000) / 10000);
}

function share(count: number, of: number): string {
  return of === 0 ? '' : ratio(count / of);
}

function rowCells(student: string, scope: string, article: string, label: string, row: ScoreRow) {
  const { attributes: a } = row;
  return [
    ...[student, scope, article, label].map(escapeCell),
    ratio(row.precision),
    ratio(row.recall),
    ratio(row.f1),
    share(a.sameTarget, a.matchedPairs),
    share(a.sameVoice, a.matchedPairs),
    share(a.valenceWithinOne, a.matchedPairs),
    String(a.matchedPairs),
    String(row.studentSpans),
    String(row.keySpans),
  ];
}

function studentRows(student: StudentScore, articleIds: readonly string[], names: ScoreNames) {
  const name = student.studentName;
  const rows = [rowCells(name, 'overall', '', '', student.overall)];
  for (const articleId of articleIds) {
    const row = student.byArticle[articleId];
    if (row)
      rows.push(rowCells(name, 'article', names.articleTitles[articleId] ?? articleId, '', row));
  }
  const labels = Object.keys(student.byLabel).sort((a, b) =>
    (names.labelNames[a] ?? a).localeCompare(names.labelNames[b] ?? b),
  );
  for (const labelId of labels) {
    const row = student.byLabel[labelId]!;
    rows.push(rowCells(name, 'label', '', names.labelNames[labelId] ?? labelId, row));
  }
  return rows;
}

/**
 * The class's scores as CSV cells, header first: per student one "overall" row, then one row
 * per article and one per label. Ratios are 0–1 with four decimals, empty when undefined;
 * attribute columns are shares of the matched pairs. Text cells are formula-escaped.
 */
export function scoresCsvRows(scores: ClassScores, names: ScoreNames): string[][] {
  return [HEADER, ...scores.students.flatMap((s) => studentRows(s, scores.articleIds, names))];
}

/** The scores CSV file's text (BOM, CRLF), as every CSV export of the app. */
export function serializeScoresCsv(scores: ClassScores, names: ScoreNames): string {
  const [fields = [], ...data] = scoresCsvRows(scores, names);
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
