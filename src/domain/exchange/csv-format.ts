import Papa from 'papaparse';
import { isValidPartialDate } from '../dates';
import { createAnchorer, type AnchorResult, type AnchorSelector } from '../anchoring/reanchor';
import { normalizeText, stripBom } from '../text/normalize-text';
import { quoteSelector } from '../text/quote-selector';
import type { Annotation, Article, Codebook, Outlet } from '../types';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  type ForeignImport,
  type ImportedDocument,
} from './foreign-import';
import { fail, succeed, type ParseResult } from './result';
import { keepSafeUrl } from './safe-url';

/**
 * CSV, one row per annotation (any spreadsheet), and the corpus CSV
 * (outlet,title,published,url,text) for importing articles.
 *
 * Formula injection: a text cell that begins with = + - @ TAB or CR is written with a leading
 * apostrophe, which spreadsheets treat as "this is text". So that the escaping can be undone
 * exactly, a cell that begins with an apostrophe followed by one of those characters or by
 * another apostrophe is escaped too; reading removes one leading apostrophe exactly when it is
 * followed by one of = + - @ TAB CR '. Numeric columns (start, end, valence, deleted) are
 * written as plain numbers and never escaped — "-2" is a number, not a formula.
 * Rows are counted as a spreadsheet shows them: the header is row 1.
 */

export const ANNOTATION_CSV_COLUMNS = [
  'id',
  'article_id',
  'outlet',
  'title',
  'start',
  'end',
  'exact',
  'label',
  'target',
  'valence',
  'voice',
  'note',
  'annotator',
  'status',
  'created_at',
  'updated_at',
  'deleted',
] as const;

export const CORPUS_CSV_COLUMNS = ['outlet', 'title', 'published', 'url', 'text'] as const;

type AnnotationColumn = (typeof ANNOTATION_CSV_COLUMNS)[number];

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function escapeCell(value: string): string {
  const first = value.charAt(0);
  if (FORMULA_START.has(first)) return `'${value}`;
  if (first === "'") {
    const second = value.charAt(1);
    if (FORMULA_START.has(second) || second === "'") return `'${value}`;
  }
  return value;
}

export function unescapeCell(value: string): string {
  if (value.charAt(0) !== "'") return value;
  const second = value.charAt(1);
  return FORMULA_START.has(second) || second === "'" ? value.slice(1) : value;
}

export interface AnnotationCsvInput {
  annotations: readonly Annotation[];
  articles: readonly Pick<Article, 'id' | 'outletId' | 'title'>[];
  outlets: readonly Outlet[];
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
      exact: a.exact,
      label: labels.get(a.labelId) ?? a.labelId,
      target: a.target ?? '',
      voice: a.voice,
      note: a.note,
      annotator: a.annotatorId,
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
// Reading

interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

function readTable(content: string, kind: string): ParseResult<Table> {
  const text = stripBom(content);
  if (text.trim() === '')
    return fail(`The ${kind} CSV is empty: there is nothing to import.`, 'row 1');
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t'],
  });
  const firstError = parsed.errors.find((error) => error.code !== 'UndetectableDelimiter');
  if (firstError) {
    const row = (firstError.row ?? 0) + 1;
    const problem =
      firstError.code === 'MissingQuotes' || firstError.code === 'InvalidQuotes'
        ? 'a quoted cell is not closed properly'
        : firstError.code === 'TooFewFields'
          ? 'it has fewer cells than the header'
          : 'it has more cells than the header';
    return fail(`row ${row} of the CSV cannot be read: ${problem}`, `row ${row}`);
  }
  const [header, ...rest] = parsed.data;
  if (!header) return fail(`The ${kind} CSV is empty: there is nothing to import.`, 'row 1');
  return succeed({
    header: header.map((name) => name.trim().toLowerCase()),
    rows: rest.map((cells, index) => ({ row: index + 2, cells })),
  });
}

function columnIndex(
  header: readonly string[],
  required: readonly string[],
  kind: string,
): ParseResult<Map<string, number>> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    return fail(
      `The ${kind} CSV is missing ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.join(', ')} (row 1 must name the columns: ${required.join(', ')})`,
      'row 1',
    );
  }
  return succeed(index);
}

function cellReader(columns: Map<string, number>) {
  return (cells: readonly string[], column: string): string | undefined => {
    const i = columns.get(column);
    return i === undefined ? undefined : (cells[i] ?? '');
  };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

function integerCell(raw: string): number | null {
  const value = raw.startsWith("'") ? raw.slice(1) : raw;
  return /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

export interface AnnotationCsvParseContext {
  codebook: Codebook;
  /** Library articles by id: offsets are checked against their text and prefix/suffix rebuilt. */
  articles: readonly Pick<Article, 'id' | 'text'>[];
  /** Used when created_at / updated_at columns are absent. */
  importedAt: string;
  /** Used when the annotator column is absent. */
  fallbackAnnotatorId: string;
}

const REQUIRED_ANNOTATION_COLUMNS = ['id', 'article_id', 'start', 'end', 'exact', 'label'];

export function parseAnnotationsCsv(
  content: string,
  context: AnnotationCsvParseContext,
): ParseResult<ForeignImport> {
  const table = readTable(content, 'annotation');
  if (!table.ok) return table;
  const columns = columnIndex(table.value.header, REQUIRED_ANNOTATION_COLUMNS, 'annotation');
  if (!columns.ok) return columns;
  const cell = cellReader(columns.value);
  const text = (cells: readonly string[], column: string): string | undefined => {
    const raw = cell(cells, column);
    return raw === undefined ? undefined : unescapeCell(raw);
  };
  const findLabel = makeLabelLookup(context.codebook);
  const findActor = makeActorLookup(context.codebook);
  const articles = new Map(context.articles.map((article) => [article.id, article]));
  const anchors = new Map<string, (selector: AnchorSelector) => AnchorResult>();
  const collector = new ImportCollector();
  const warnings: string[] = [];
  const seen = new Map<string, number>();

  for (const { row, cells } of table.value.rows) {
    const at = (column: string): string => `row ${row} (column ${column})`;
    const bad = (column: string, problem: string): ParseResult<never> =>
      fail(`${at(column)}: ${problem}`, `row ${row}`);
    const id = text(cells, 'id') ?? '';
    if (id === '') return bad('id', 'the id is empty');
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      return bad(
        'id',
        `"${id}" is used twice (also in row ${earlier}); every annotation needs its own id`,
      );
    }
    seen.set(id, row);
    const articleId = text(cells, 'article_id') ?? '';
    if (articleId === '') return bad('article_id', 'the article id is empty');
    const start = integerCell(cell(cells, 'start') ?? '');
    const end = integerCell(cell(cells, 'end') ?? '');
    if (start === null || start < 0)
      return bad('start', `"${cell(cells, 'start')}" must be a whole number ≥ 0`);
    if (end === null) return bad('end', `"${cell(cells, 'end')}" must be a whole number`);
    if (end <= start) return bad('end', `end (${end}) is before start (${start})`);
    const valenceRaw = cell(cells, 'valence') ?? '0';
    const valence = valenceRaw.trim() === '' ? 0 : integerCell(valenceRaw);
    if (valence === null || valence < -2 || valence > 2) {
      return bad('valence', `"${valenceRaw}" must be an integer from -2 to 2`);
    }
    const voice = text(cells, 'voice') || 'own';
    if (voice !== 'own' && voice !== 'quoted' && voice !== 'attributed') {
      return bad('voice', `"${voice}" must be own, quoted or attributed`);
    }
    const status = text(cells, 'status') || 'accepted';
    if (status !== 'accepted' && status !== 'rejected-suggestion') {
      return bad('status', `"${status}" must be accepted or rejected-suggestion`);
    }
    const deletedRaw = (cell(cells, 'deleted') ?? '0').trim() || '0';
    if (deletedRaw !== '0' && deletedRaw !== '1')
      return bad('deleted', `"${deletedRaw}" must be 0 or 1`);
    const createdAt = text(cells, 'created_at') ?? context.importedAt;
    if (!ISO.test(createdAt))
      return bad('created_at', `"${createdAt}" must be an ISO 8601 timestamp`);
    const updatedAt = text(cells, 'updated_at') ?? createdAt;
    if (!ISO.test(updatedAt))
      return bad('updated_at', `"${updatedAt}" must be an ISO 8601 timestamp`);
    const labelName = text(cells, 'label') ?? '';
    if (labelName === '') return bad('label', 'the label is empty');
    const label = findLabel(labelName);
    const targetRaw = text(cells, 'target') ?? '';
    const target = targetRaw === '' ? null : (findActor(targetRaw)?.id ?? null);
    if (targetRaw !== '' && target === null) {
      warnings.push(`${at('target')}: "${targetRaw}" is not an actor of the codebook; left empty`);
    }
    const exact = text(cells, 'exact') ?? '';
    const annotation: Annotation = {
      id,
      articleId,
      start,
      end,
      exact,
      prefix: '',
      suffix: '',
      labelId: label?.id ?? '',
      target,
      valence,
      voice,
      note: text(cells, 'note') ?? '',
      annotatorId: text(cells, 'annotator') || context.fallbackAnnotatorId,
      status,
      createdAt,
      updatedAt,
      deleted: deletedRaw === '1' ? 1 : 0,
    };
    if (annotation.annotatorId !== context.fallbackAnnotatorId) {
      // The CSV holds annotator ids only: the name is the id until the importer knows better.
      collector.addAnnotator({
        id: annotation.annotatorId,
        name: annotation.annotatorId,
        role: 'annotator',
      });
    }
    const article = articles.get(articleId);
    if (!article) {
      collector.orphan(
        `row ${row}`,
        annotation,
        `its article (${articleId}) is not in your library`,
      );
      continue;
    }
    let span = { start, end };
    if (article.text.slice(start, end) !== exact) {
      let anchor = anchors.get(article.id);
      if (!anchor) {
        anchor = createAnchorer(article.text);
        anchors.set(article.id, anchor);
      }
      const anchored = anchor({ start, end, exact, prefix: '', suffix: '' });
      if (anchored.status === 'orphaned') {
        collector.orphan(`row ${row}`, annotation, anchored.reason);
        continue;
      }
      span = { start: anchored.start, end: anchored.end };
      if (span.start !== start || span.end !== end) {
        collector.moved({
          annotationId: id,
          where: `row ${row}`,
          from: { start, end },
          reason:
            end > article.text.length
              ? `its offsets ${start}–${end} are past the end of the text (${article.text.length} characters)`
              : `the text at its offsets ${start}–${end} is not its quote`,
        });
      }
    }
    collector.add(
      { ...annotation, ...span, ...quoteSelector(article.text, span.start, span.end) },
      labelName,
      label !== null,
    );
  }
  return succeed(collector.result, warnings);
}

export interface CorpusCsvParseContext {
  /** Language given to every imported article. */
  language: string;
}

const REQUIRED_CORPUS_COLUMNS = ['outlet', 'title', 'text'];

/** Articles from a corpus CSV with the columns outlet, title, published, url, text. */
export function parseCorpusCsv(
  content: string,
  context: CorpusCsvParseContext,
): ParseResult<ImportedDocument[]> {
  const table = readTable(content, 'corpus');
  if (!table.ok) return table;
  const columns = columnIndex(table.value.header, REQUIRED_CORPUS_COLUMNS, 'corpus');
  if (!columns.ok) return columns;
  const cell = cellReader(columns.value);
  const warnings: string[] = [];
  const documents: ImportedDocument[] = [];
  for (const { row, cells } of table.value.rows) {
    const outletName = (cell(cells, 'outlet') ?? '').trim();
    const title = (cell(cells, 'title') ?? '').trim();
    const published = (cell(cells, 'published') ?? '').trim();
    const text = normalizeText(cell(cells, 'text') ?? '');
    if (outletName === '')
      return fail(`row ${row} (column outlet): the outlet is empty`, `row ${row}`);
    if (title === '') return fail(`row ${row} (column title): the title is empty`, `row ${row}`);
    if (text.trim() === '')
      return fail(`row ${row} (column text): the text is empty`, `row ${row}`);
    if (!isValidPartialDate(published)) {
      return fail(
        `row ${row} (column published): "${published}" is not a date like 2024, 2024-09 or 2024-09-30`,
        `row ${row}`,
      );
    }
    documents.push({
      key: `csv:row-${row}`,
      text,
      outletName,
      title,
      url: keepSafeUrl(cell(cells, 'url'), `row ${row} ("${title}")`, warnings),
      published,
      language: context.language,
    });
  }
  return succeed(documents, warnings);
}
