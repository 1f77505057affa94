import Papa from 'papaparse';
import { ANNOTATION_CSV_COLUMNS, CORPUS_CSV_COLUMNS } from '../csv-format';
import type { FileProbe } from '../registry/file-kind';
import { CSV_EXTENSIONS, isJsonCandidate, JSONL_EXTENSIONS } from './json-shape';

/** The header checks the two CSV kinds share. */

/** Columns only an annotation export has (outlet and title are in both kinds). */
const ANNOTATION_ONLY = new Set<string>(
  ANNOTATION_CSV_COLUMNS.filter(
    (column) => !(CORPUS_CSV_COLUMNS as readonly string[]).includes(column),
  ),
);
const CORPUS = new Set<string>(CORPUS_CSV_COLUMNS);

/** Whether the probe is read as CSV: by name, or because it is neither JSON nor JSON lines. */
export function isCsvCandidate(probe: FileProbe): boolean {
  if (CSV_EXTENSIONS.includes(probe.extension)) return true;
  return (
    !JSONL_EXTENSIONS.includes(probe.extension) && !isJsonCandidate(probe.extension, probe.text)
  );
}

/** The first row, trimmed and lower-cased (comma, semicolon or tab separated). */
export function csvHeader(text: string): string[] {
  const preview = Papa.parse<string[]>(text, { preview: 1, delimitersToGuess: [',', ';', '\t'] });
  return (preview.data[0] ?? []).map((name) => name.trim().toLowerCase());
}

export function annotationColumnHits(header: readonly string[]): number {
  return header.filter((name) => ANNOTATION_ONLY.has(name)).length;
}

export function corpusColumnHits(header: readonly string[]): number {
  return header.filter((name) => CORPUS.has(name)).length;
}

/** Why a CSV is neither kind: its columns against both. */
export function describeCsvMismatch(header: readonly string[]): string {
  const shown = header.slice(0, 6).join(', ');
  return `the CSV columns (${shown}) match neither an annotation export (${ANNOTATION_CSV_COLUMNS.join(',')}) nor a corpus (${CORPUS_CSV_COLUMNS.join(',')})`;
}
