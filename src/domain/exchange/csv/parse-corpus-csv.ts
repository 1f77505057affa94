import { isValidPartialDate } from '../../dates';
import { normalizeText } from '../../text/normalize-text';
import type { ImportedDocument } from '../foreign-import';
import { readLanguageTag } from '../language-field';
import { fail, succeed, type ParseResult } from '../result';
import { keepSafeUrl } from '../safe-url';
import { columnIndex, readTable, rowCells, type RowCells } from './csv-table';

export interface CorpusCsvParseContext {
  /** Language of the rows whose language cell is empty or missing ('' to tell it from the text). */
  language: string;
}

const REQUIRED_CORPUS_COLUMNS = ['outlet', 'title', 'text'];

function readCorpusRow(
  cells: RowCells,
  row: number,
  language: string,
  warnings: string[],
): ParseResult<ImportedDocument> {
  const outletName = (cells.raw('outlet') ?? '').trim();
  const title = (cells.raw('title') ?? '').trim();
  const published = (cells.raw('published') ?? '').trim();
  const text = normalizeText(cells.raw('text') ?? '');
  const bad = (column: string, problem: string): ParseResult<never> =>
    fail(`row ${row} (column ${column}): ${problem}`, `row ${row}`);
  if (outletName === '') return bad('outlet', 'the outlet is empty');
  if (title === '') return bad('title', 'the title is empty');
  if (text.trim() === '') return bad('text', 'the text is empty');
  if (!isValidPartialDate(published)) {
    return bad('published', `"${published}" is not a date like 2024, 2024-09 or 2024-09-30`);
  }
  const given = readLanguageTag(cells.raw('language') ?? '', `row ${row} (column language)`);
  if (!given.ok) return given;
  return succeed({
    key: `csv:row-${row}`,
    text,
    outletName,
    title,
    url: keepSafeUrl(cells.raw('url'), `row ${row} ("${title}")`, warnings),
    published,
    language: given.value || language,
  });
}

/** Articles from a corpus CSV with the columns outlet, title, published, url, text (language optional). */
export function parseCorpusCsv(
  content: string,
  context: CorpusCsvParseContext,
): ParseResult<ImportedDocument[]> {
  const table = readTable(content, 'corpus');
  if (!table.ok) return table;
  const columns = columnIndex(table.value.header, REQUIRED_CORPUS_COLUMNS, 'corpus');
  if (!columns.ok) return columns;
  const warnings: string[] = [];
  const documents: ImportedDocument[] = [];
  for (const { row, cells } of table.value.rows) {
    const document = readCorpusRow(rowCells(columns.value, cells), row, context.language, warnings);
    if (!document.ok) return document;
    documents.push(document.value);
  }
  return succeed(documents, warnings);
}
