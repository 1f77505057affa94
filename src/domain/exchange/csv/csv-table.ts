import Papa from 'papaparse';
import { stripBom } from '../../text/normalize-text';
import { fail, succeed, type ParseResult } from '../result';
import { unescapeCell } from './csv-cells';

/** A CSV read into rows, counted as a spreadsheet shows them: the header is row 1. */
export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

function describePapaError(code: string): string {
  if (code === 'MissingQuotes' || code === 'InvalidQuotes') {
    return 'a quoted cell is not closed properly';
  }
  return code === 'TooFewFields'
    ? 'it has fewer cells than the header'
    : 'it has more cells than the header';
}

export function readTable(content: string, kind: string): ParseResult<Table> {
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
    const problem = describePapaError(firstError.code);
    return fail(`row ${row} of the CSV cannot be read: ${problem}`, `row ${row}`);
  }
  const [header, ...rest] = parsed.data;
  if (!header) return fail(`The ${kind} CSV is empty: there is nothing to import.`, 'row 1');
  return succeed({
    header: header.map((name) => name.trim().toLowerCase()),
    rows: rest.map((cells, index) => ({ row: index + 2, cells })),
  });
}

export function columnIndex(
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

/** Reads one row's cells by column name: raw, or as text with formula escaping undone. */
export interface RowCells {
  /** undefined when the file has no such column. */
  raw(column: string): string | undefined;
  text(column: string): string | undefined;
}

export function rowCells(columns: Map<string, number>, cells: readonly string[]): RowCells {
  const raw = (column: string): string | undefined => {
    const i = columns.get(column);
    return i === undefined ? undefined : (cells[i] ?? '');
  };
  return {
    raw,
    text: (column) => {
      const value = raw(column);
      return value === undefined ? undefined : unescapeCell(value);
    },
  };
}
