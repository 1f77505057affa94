import Papa from 'papaparse';
import type { Annotation, Annotator, Article, Codebook, Outlet } from '../types';
import { escapeCell } from './csv/csv-cells';

/**
 * CSV, one row per annotation (any spreadsheet), and the corpus CSV
 * (outlet,title,published,url,text and an optional language) for importing articles.
 *
 * Text cells are escaped against formula injection (csv/csv-cells.ts). Numeric columns (start,
 * end, valence, deleted) are written as plain numbers and never escaped — "-2" is a number,
 * not a formula.
 * Rows are counted as a spreadsheet shows them: the header is row 1.
 */

export const ANNOTATION_CSV_COLUMNS = [
  'id',
  'article_id',
  'outlet',
  'title',
  'language',
  'start',
  'end',
  'exact',
  'label',
  'target',
  'valence',
  'voice',
  'note',
  'annotator',
  'annotator_name',
  'status',
  'created_at',
  'updated_at',
  'deleted',
] as const;

export const CORPUS_CSV_COLUMNS = [
  'outlet',
  'title',
  'published',
  'url',
  'text',
  'language',
] as const;

type AnnotationColumn = (typeof ANNOTATION_CSV_COLUMNS)[number];

export { escapeCell, unescapeCell } from './csv/csv-cells';

export interface AnnotationCsvInput {
  annotations: readonly Annotation[];
  articles: readonly Pick<Article, 'id' | 'outletId' | 'title' | 'language'>[];
  outlets: readonly Outlet[];
  /** For the annotator_name column; an annotator without a record is named by its id. */
  annotators: readonly Pick<Annotator, 'id' | 'name'>[];
  codebook: Codebook;
}

/**
 * What FrameLens's CSV export holds: what is there now, the live, accepted annotations (a
 * spreadsheet is read as the current state; tombstones only matter to FrameLens merges). The
 * columns can still carry tombstones and rejected suggestions, and the import reads them.
 */
export function currentAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter(
    (annotation) => annotation.deleted === 0 && annotation.status === 'accepted',
  );
}

export function serializeAnnotationsCsv(input: AnnotationCsvInput): string {
  const articles = new Map(input.articles.map((article) => [article.id, article]));
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet.name]));
  const labels = new Map(input.codebook.labels.map((label) => [label.id, label.name]));
  const annotators = new Map(input.annotators.map((annotator) => [annotator.id, annotator.name]));
  const rows = input.annotations.map((a) => {
    const article = articles.get(a.articleId);
    const text: Record<
      Exclude<AnnotationColumn, 'start' | 'end' | 'valence' | 'deleted'>,
      string
    > = {
      id: a.id,
      article_id: a.articleId,
      outlet: article ? (outlets.get(article.outletId) ?? '') : '',
      title: article?.title ?? '',
      language: article?.language ?? '',
      exact: a.exact,
      label: labels.get(a.labelId) ?? a.labelId,
      target: a.target ?? '',
      voice: a.voice,
      note: a.note,
      annotator: a.annotatorId,
      annotator_name: annotators.get(a.annotatorId) ?? a.annotatorId,
      status: a.status,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
    };
    const numbers = { start: a.start, end: a.end, valence: a.valence, deleted: a.deleted };
    return ANNOTATION_CSV_COLUMNS.map((column) =>
      column in numbers
        ? String(numbers[column as keyof typeof numbers])
        : escapeCell(text[column as keyof typeof text]),
    );
  });
  // The BOM makes Excel read the file as UTF-8; every reader here strips it.
  return `\uFEFF${Papa.unparse({ fields: [...ANNOTATION_CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading lives in csv/ (table, cells, one row's fields); these names stay importable from here.

export { parseAnnotationsCsv, type AnnotationCsvParseContext } from './csv/parse-annotations-csv';
export { parseCorpusCsv, type CorpusCsvParseContext } from './csv/parse-corpus-csv';
