import { createAnchorer, type AnchorResult, type AnchorSelector } from '../../anchoring/reanchor';
import { quoteSelector } from '../../text/quote-selector';
import type { Annotation, Article, Codebook } from '../../types';
import {
  ImportCollector,
  makeActorLookup,
  makeLabelLookup,
  type ForeignImport,
} from '../foreign-import';
import { succeed, type ParseResult } from '../result';
import { columnIndex, readTable, rowCells, type RowCells } from './csv-table';
import { readAnnotationRow, type AnnotationRow } from './read-annotation-row';

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

type CsvArticle = Pick<Article, 'id' | 'text'>;

interface CsvRun {
  context: AnnotationCsvParseContext;
  collector: ImportCollector;
  findLabel: ReturnType<typeof makeLabelLookup>;
  findActor: ReturnType<typeof makeActorLookup>;
  articles: Map<string, CsvArticle>;
  anchors: Map<string, (selector: AnchorSelector) => AnchorResult>;
  warnings: string[];
}

function rowAnnotation(
  run: CsvRun,
  cells: RowCells,
  row: number,
  fields: AnnotationRow,
): Annotation {
  const targetRaw = cells.text('target') ?? '';
  const target = targetRaw === '' ? null : (run.findActor(targetRaw)?.id ?? null);
  if (targetRaw !== '' && target === null) {
    run.warnings.push(
      `row ${row} (column target): "${targetRaw}" is not an actor of the codebook; left empty`,
    );
  }
  return {
    id: fields.id,
    articleId: fields.articleId,
    start: fields.start,
    end: fields.end,
    exact: cells.text('exact') ?? '',
    prefix: '',
    suffix: '',
    labelId: run.findLabel(fields.labelName)?.id ?? '',
    target,
    valence: fields.valence,
    voice: fields.voice,
    note: cells.text('note') ?? '',
    annotatorId: cells.text('annotator') || run.context.fallbackAnnotatorId,
    status: fields.status,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
    deleted: fields.deleted,
  };
}

/** The span in the article's text: the row's offsets when they hold the quote, else re-anchored. */
function placeRow(
  run: CsvRun,
  article: CsvArticle,
  annotation: Annotation,
  where: string,
): { start: number; end: number } | null {
  const { start, end, exact } = annotation;
  if (article.text.slice(start, end) === exact) return { start, end };
  let anchor = run.anchors.get(article.id);
  if (!anchor) {
    anchor = createAnchorer(article.text);
    run.anchors.set(article.id, anchor);
  }
  const anchored = anchor({ start, end, exact, prefix: '', suffix: '' });
  if (anchored.status === 'orphaned') {
    run.collector.orphan(where, annotation, anchored.reason);
    return null;
  }
  if (anchored.start !== start || anchored.end !== end) {
    run.collector.moved({
      annotationId: annotation.id,
      where,
      from: { start, end },
      reason:
        end > article.text.length
          ? `its offsets ${start}–${end} are past the end of the text (${article.text.length} characters)`
          : `the text at its offsets ${start}–${end} is not its quote`,
    });
  }
  return { start: anchored.start, end: anchored.end };
}

function collectRow(
  run: CsvRun,
  annotation: Annotation,
  fields: { labelName: string; annotatorName: string },
  row: number,
): void {
  if (annotation.annotatorId !== run.context.fallbackAnnotatorId) {
    // Without an annotator_name column (older files), the name is the id.
    const id = annotation.annotatorId;
    run.collector.addAnnotator({ id, name: fields.annotatorName || id, role: 'annotator' });
  }
  const where = `row ${row}`;
  const article = run.articles.get(annotation.articleId);
  if (!article) {
    const reason = `its article (${annotation.articleId}) is not in your library`;
    run.collector.orphan(where, annotation, reason);
    return;
  }
  const span = placeRow(run, article, annotation, where);
  if (span === null) return;
  run.collector.add(
    { ...annotation, ...span, ...quoteSelector(article.text, span.start, span.end) },
    fields.labelName,
    run.findLabel(fields.labelName) !== null,
  );
}

export function parseAnnotationsCsv(
  content: string,
  context: AnnotationCsvParseContext,
): ParseResult<ForeignImport> {
  const table = readTable(content, 'annotation');
  if (!table.ok) return table;
  const columns = columnIndex(table.value.header, REQUIRED_ANNOTATION_COLUMNS, 'annotation');
  if (!columns.ok) return columns;
  const run: CsvRun = {
    context,
    collector: new ImportCollector(),
    findLabel: makeLabelLookup(context.codebook),
    findActor: makeActorLookup(context.codebook),
    articles: new Map(context.articles.map((article) => [article.id, article])),
    anchors: new Map(),
    warnings: [],
  };
  const seen = new Map<string, number>();
  for (const { row, cells } of table.value.rows) {
    const rowCellsOf = rowCells(columns.value, cells);
    const fields = readAnnotationRow(rowCellsOf, row, seen, context.importedAt);
    if (!fields.ok) return fields;
    const annotation = rowAnnotation(run, rowCellsOf, row, fields.value);
    const annotatorName = rowCellsOf.text('annotator_name')?.trim() ?? '';
    collectRow(run, annotation, { labelName: fields.value.labelName, annotatorName }, row);
  }
  return succeed(run.collector.result, run.warnings);
}
