import Papa from 'papaparse';
import { escapeCell } from '../domain/exchange/csv-format';

export type CsvValue = string | number | null;

export interface CsvColumn<Row> {
  header: string;
  /** Numbers are written as numbers (never formula-escaped: "-1.5" is a number); null is empty. */
  value: (row: Row) => CsvValue;
}

function cell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeCell(value);
}

/**
 * A CSV file: header row, then one line per row, CRLF line endings and a BOM (so that
 * spreadsheets read UTF-8). Text cells that begin with = + - @ TAB or CR get a leading
 * apostrophe against formula injection (the rule of the annotation CSV export).
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((column) => cell(column.value(row))));
  const fields = columns.map((column) => cell(column.header));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

export function csvBlob<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): Blob {
  return new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
